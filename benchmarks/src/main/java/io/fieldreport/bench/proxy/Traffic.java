package io.fieldreport.bench.proxy;

import java.util.List;

/** What crossed the proxy: bytes each way, counted as TCP payload, and every HTTP request line. */
public record Traffic(long bytesToWeb, long bytesFromWeb, List<String> requests) {

    public Traffic {
        requests = List.copyOf(requests);
    }

    public long bytesTotal() {
        return bytesToWeb + bytesFromWeb;
    }

    /** The request lines without the protocol version and query, e.g. {@code "GET /api/inspections/ID/manifest"}. */
    public List<String> shortRequests() {
        return requests.stream().map(Traffic::shorten).toList();
    }

    private static String shorten(String requestLine) {
        String s = requestLine.replaceFirst(" HTTP/1\\.[01]$", "").replaceFirst("\\?.*$", "");
        return s.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}")
                .replaceAll("/[0-9a-f]{64}", "/{sha256}");
    }
}
