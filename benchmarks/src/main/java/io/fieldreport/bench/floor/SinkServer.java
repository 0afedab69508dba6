package io.fieldreport.bench.floor;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The trivial HTTP endpoint of the physical floor, on 127.0.0.1 and a free port: {@code PUT /up/NAME}
 * reads the body and throws it away, {@code GET /down/NAME} sends the file NAME of one folder.
 * Same JDK server as mock-web, with TCP_NODELAY as mock-web sets it (see {@code WebServer}), and
 * none of its work (no hashing, no database, no disk writes).
 */
public final class SinkServer implements AutoCloseable {

    private static final String NO_DELAY = "sun.net.httpserver.nodelay";
    private static final int PIECE = 64 * 1024;

    private final HttpServer http;
    private final ExecutorService executor;

    private SinkServer(HttpServer http, ExecutorService executor) {
        this.http = http;
        this.executor = executor;
    }

    public static SinkServer start(Path served) throws IOException {
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true"); // read once per JVM, by whichever JDK server starts first
        }
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        http.createContext("/up/", SinkServer::discard);
        http.createContext("/down/", exchange -> serve(exchange, served));
        ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "floor-sink");
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(executor);
        http.start();
        return new SinkServer(http, executor);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    private static void discard(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] buffer = new byte[PIECE];
            while (in.read(buffer) >= 0) {
                // the bytes only have to arrive
            }
            exchange.sendResponseHeaders(204, -1);
        }
    }

    private static void serve(HttpExchange exchange, Path served) throws IOException {
        try (exchange) {
            String name = exchange.getRequestURI().getPath().substring("/down/".length());
            Path file = served.resolve(name).normalize();
            if (!file.getParent().equals(served.normalize()) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.sendResponseHeaders(200, Files.size(file));
            try (OutputStream out = exchange.getResponseBody(); InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[PIECE]; // as mock-web sends photos
                int n;
                while ((n = in.read(buffer)) > 0) {
                    out.write(buffer, 0, n);
                }
            }
        }
    }

    @Override
    public void close() {
        http.stop(0);
        executor.shutdownNow();
    }
}
