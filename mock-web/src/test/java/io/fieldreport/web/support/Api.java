package io.fieldreport.web.support;

import io.fieldreport.sync.protocol.WireCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A plain HTTP client for mock-web's own tests: one token, JSON via the wire codec, every request and
 * header in the test's hands (malformed bodies, cut uploads). The sync client's own transport is tested
 * against mock-web in integration-tests.
 */
public final class Api {

    private static final WireCodec CODEC = new WireCodec();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private final String token;

    public Api(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    public Api as(String otherToken) {
        return new Api(baseUrl, otherToken);
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    public Reply post(String path, Object record) {
        return send(request(path).POST(json(record)).header("Content-Type", "application/json"));
    }

    public Reply put(String path, Object record) {
        return send(request(path).PUT(json(record)).header("Content-Type", "application/json"));
    }

    /** Sends a body as it is, for malformed input. */
    public Reply raw(String method, String path, String body) {
        return send(request(path).method(method, HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json"));
    }

    public HttpRequest.Builder request(String path) {
        var b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    public Reply send(HttpRequest.Builder request) {
        try {
            return trySend(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends and lets a transport failure (a dropped connection) through as it is. */
    public Reply trySend(HttpRequest.Builder request) throws IOException {
        try {
            HttpResponse<byte[]> r = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(r.statusCode(), r.headers(), r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static HttpRequest.BodyPublisher json(Object record) {
        return HttpRequest.BodyPublishers.ofString(record instanceof String s ? s : CODEC.encode(record));
    }
}
