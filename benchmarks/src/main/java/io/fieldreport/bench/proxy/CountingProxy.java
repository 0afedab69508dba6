package io.fieldreport.bench.proxy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A plain TCP proxy on 127.0.0.1 that counts the bytes each way and the HTTP requests the client
 * sends. Bytes are counted before they are passed on, so once the client has its answer, every byte
 * of that exchange is in the counts. Used only in runs that measure bytes, never in timed runs.
 */
public final class CountingProxy implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(CountingProxy.class.getName());
    private static final int BUFFER = 64 * 1024;

    private final ServerSocket server;
    private final InetSocketAddress target;
    private final ExecutorService threads;
    private final AtomicLong toWeb = new AtomicLong();
    private final AtomicLong fromWeb = new AtomicLong();
    private final List<String> requests = new ArrayList<>();

    private CountingProxy(ServerSocket server, InetSocketAddress target) {
        this.server = server;
        this.target = target;
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "counting-proxy");
            t.setDaemon(true);
            return t;
        });
        threads.execute(this::accept);
    }

    /** Listens on 127.0.0.1:{@code port} (0 for any free port) and forwards to {@code target}. */
    public static CountingProxy start(int port, InetSocketAddress target) throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return new CountingProxy(server, target);
    }

    public int port() {
        return server.getLocalPort();
    }

    /** What crossed since the start or the last {@link #reset()}. */
    public Traffic traffic() {
        synchronized (requests) {
            return new Traffic(toWeb.get(), fromWeb.get(), requests);
        }
    }

    public void reset() {
        synchronized (requests) {
            toWeb.set(0);
            fromWeb.set(0);
            requests.clear();
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket web = new Socket();
                try {
                    web.connect(target);
                } catch (IOException e) {
                    closeQuietly(client);
                    throw e;
                }
                client.setTcpNoDelay(true);
                web.setTcpNoDelay(true);
                var counter = new RequestCounter(this::request);
                var open = new AtomicInteger(2);
                threads.execute(() -> pump(client, web, toWeb, counter::feed, open));
                threads.execute(() -> pump(web, client, fromWeb, (b, o, n) -> { }, open));
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.log(System.Logger.Level.WARNING, "proxy could not accept or connect: " + e.getMessage());
                }
            }
        }
    }

    private void request(String line) {
        synchronized (requests) {
            requests.add(line);
        }
    }

    /** Something that looks at the bytes as they pass. */
    @FunctionalInterface
    private interface Tap {
        void feed(byte[] bytes, int offset, int n);
    }

    /**
     * Copies one direction until end of stream, then half-closes the other side, so a client that
     * stops sending still gets its answer. The second direction to finish closes both sockets.
     */
    private static void pump(Socket from, Socket to, AtomicLong counter, Tap tap, AtomicInteger open) {
        byte[] buffer = new byte[BUFFER];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            int n;
            while ((n = in.read(buffer)) >= 0) {
                counter.addAndGet(n);
                tap.feed(buffer, 0, n);
                out.write(buffer, 0, n);
                out.flush();
            }
            to.shutdownOutput();
        } catch (SocketException e) {
            // One side closed or reset the connection: pass that on by closing the other.
            closeQuietly(to);
            closeQuietly(from);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "proxy stream failed: " + e);
            closeQuietly(to);
            closeQuietly(from);
        } finally {
            if (open.decrementAndGet() == 0) {
                closeQuietly(to);
                closeQuietly(from);
            }
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closing
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing the proxy: " + e.getMessage());
        }
        threads.shutdownNow();
    }
}
