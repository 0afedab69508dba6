package io.fieldreport.bench.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CountingProxyTest {

    private HttpServer web;
    private CountingProxy proxy;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void start() throws Exception {
        web = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 8);
        web.createContext("/", exchange -> {
            try (exchange; InputStream in = exchange.getRequestBody()) {
                byte[] got = in.readAllBytes();
                byte[] answer = ("got " + got.length).getBytes();
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
            }
        });
        web.start();
        proxy = CountingProxy.start(0, new InetSocketAddress("127.0.0.1", web.getAddress().getPort()));
    }

    @AfterEach
    void stop() {
        proxy.close();
        web.stop(0);
    }

    @Test
    void passesRequestsThroughAndCountsThem() throws Exception {
        String base = "http://127.0.0.1:" + proxy.port();
        var post = client.send(HttpRequest.newBuilder(URI.create(base + "/push"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[10_000])).build(),
                HttpResponse.BodyHandlers.ofString());
        var get = client.send(HttpRequest.newBuilder(URI.create(base + "/health?x=1")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals("got 10000", post.body());
        assertEquals("got 0", get.body());
        Traffic t = proxy.traffic();
        assertEquals(List.of("POST /push", "GET /health"), t.shortRequests());
        assertEquals(true, t.bytesToWeb() > 10_000 && t.bytesToWeb() < 11_000, "bytes to web: " + t.bytesToWeb());
        assertEquals(true, t.bytesFromWeb() > 10 && t.bytesFromWeb() < 1_000, "bytes from web: " + t.bytesFromWeb());
    }

    @Test
    void resetStartsTheCountsAgain() throws Exception {
        String base = "http://127.0.0.1:" + proxy.port();
        client.send(HttpRequest.newBuilder(URI.create(base + "/a")).build(), HttpResponse.BodyHandlers.discarding());
        proxy.reset();
        client.send(HttpRequest.newBuilder(URI.create(base + "/b")).build(), HttpResponse.BodyHandlers.discarding());

        assertEquals(List.of("GET /b"), proxy.traffic().shortRequests());
    }
}
