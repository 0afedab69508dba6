package io.fieldreport.web.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a handler answers: status, headers and an optional body. The gateway writes it, so poor-signal
 * mode can still drop it after the work was done, and every response gets {@code X-Server-Time}.
 */
public record Response(int status, Map<String, String> headers, Body body) {

    /** A body of known length, written once. */
    public interface Body {
        long length();

        void writeTo(OutputStream out) throws IOException;
    }

    public Response {
        headers = Map.copyOf(headers);
    }

    public static Response noContent() {
        return new Response(204, Map.of(), null);
    }

    public static Response ok(String contentType, byte[] bytes) {
        return new Response(200, Map.of("Content-Type", contentType), bytes(bytes));
    }

    public static Response json(int status, String json) {
        return new Response(status, Map.of("Content-Type", "application/json; charset=utf-8"),
                bytes(json.getBytes(StandardCharsets.UTF_8)));
    }

    public static Response redirect(String location) {
        return new Response(302, Map.of("Location", location), null);
    }

    public Response withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Response(status, more, body);
    }

    private static Body bytes(byte[] bytes) {
        return new Body() {
            @Override
            public long length() {
                return bytes.length;
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                out.write(bytes);
            }
        };
    }
}
