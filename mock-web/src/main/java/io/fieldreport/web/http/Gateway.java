package io.fieldreport.web.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.fieldreport.sync.protocol.WireCodec;
import io.fieldreport.web.faults.PoorSignalSwitch;
import io.fieldreport.web.faults.SignalPlan;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one HTTP handler: refuses unsafe paths, applies poor-signal mode, routes, turns refusals into
 * the protocol's JSON errors, stamps every answer with {@code X-Server-Time}, and counts requests in
 * flight so a shutdown can let them finish.
 *
 * <p>Dropping a connection: the JDK server closes the connection, without an answer, when a handler
 * throws. That is exactly what a cut link looks like to a client, so poor-signal mode relies on it.
 */
public final class Gateway implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(Gateway.class.getName());

    private final Router router;
    private final PoorSignalSwitch poorSignal;
    private final WireCodec codec;
    private final Clock clock;
    /** The most of a refused request's body read just so the client receives the refusal. */
    private final long drainLimit;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition idle = lock.newCondition();
    /** Guarded by {@link #lock}. */
    private int inFlight;
    /** Guarded by {@link #lock}. */
    private boolean stopping;

    /**
     * @param largestBody the largest body the web accepts (its photo or JSON limit, whichever is
     *                    larger): a refused body up to twice that is read to its end, so that a photo
     *                    over the limit still hears why; beyond that the connection is closed instead
     */
    public Gateway(Router router, PoorSignalSwitch poorSignal, WireCodec codec, Clock clock, long largestBody) {
        this.router = router;
        this.poorSignal = poorSignal;
        this.codec = codec;
        this.clock = clock;
        this.drainLimit = largestBody > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : largestBody * 2;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        boolean admitted = enter();
        try {
            if (!admitted) {
                write(exchange, error(new ApiException(ErrorCode.UNAVAILABLE,
                        "The web is shutting down; try again in a moment.")), SignalPlan.CLEAR);
                return;
            }
            serve(exchange);
        } finally {
            if (admitted) {
                leave();
            }
            exchange.close();
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        long started = System.nanoTime();
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        SignalPlan plan = SignalPlan.CLEAR;
        Response response;
        try {
            List<String> segments = Paths.checkedSegments(path);
            Router.Match match = router.find(method, segments, path);
            plan = affected(path) ? poorSignal.plan(match.route().transfer()) : SignalPlan.CLEAR;
            pause(plan.latencyMillis());
            if (plan.fail()) {
                throw new ApiException(ErrorCode.UNAVAILABLE,
                        "The web is overloaded (poor-signal mode); try again later.");
            }
            Request request = new Request(method, path, exchange.getRequestURI().getRawQuery(), match.params(),
                    exchange.getRequestHeaders()::getFirst, plan.wrapRequestBody(exchange.getRequestBody()));
            response = match.route().handler().handle(request);
        } catch (ApiException e) {
            response = error(e);
        } catch (ConnectionLost e) {
            LOG.log(Level.DEBUG, () -> method + " " + path + ": connection lost: " + e.getMessage());
            throw new IOException("connection lost: " + e.getMessage(), e);
        } catch (InterruptedIOException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.ERROR, method + " " + path + " failed", e);
            response = error(new ApiException(ErrorCode.INTERNAL,
                    "The web failed to answer (" + e.getClass().getSimpleName() + "); try again."));
        }
        if (response.status() >= 400) {
            drainRequestBody(exchange);
        }
        if (plan.drop()) {
            LOG.log(Level.DEBUG, () -> method + " " + path + ": poor-signal mode drops the answer");
            throw new IOException("poor-signal mode dropped the connection after handling the request");
        }
        write(exchange, response, plan);
        int status = response.status();
        LOG.log(Level.DEBUG, () -> method + " " + path + " " + status + " in "
                + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + " ms");
    }

    /**
     * Reads what is left of a refused request's body before answering: a client still sending when
     * the connection closes often loses the answer (a TCP reset), and would never learn why, e.g.
     * that its photo is too large. Beyond a limit the connection is closed instead.
     */
    private void drainRequestBody(HttpExchange exchange) {
        try (var in = exchange.getRequestBody()) {
            byte[] buffer = new byte[64 * 1024];
            long left = drainLimit;
            int n;
            while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                left -= n;
            }
        } catch (IOException e) {
            LOG.log(Level.DEBUG, () -> "could not read the rest of a refused request: " + e.getMessage());
        }
    }

    /**
     * Poor-signal mode applies to every {@code /api/} call, the web editor's own included; the admin API
     * (so QA can always switch it off) and the editor's static files stay reachable however bad it is.
     */
    private static boolean affected(String path) {
        return path.startsWith("/api/") && !path.startsWith("/api/admin/");
    }

    private Response error(ApiException e) {
        Response r = Response.json(e.code().status(), codec.encode(e.body()));
        for (var h : e.headers().entrySet()) {
            r = r.withHeader(h.getKey(), h.getValue());
        }
        return r;
    }

    private void write(HttpExchange exchange, Response response, SignalPlan plan) throws IOException {
        var headers = exchange.getResponseHeaders();
        response.headers().forEach(headers::set);
        headers.set("X-Server-Time", Long.toString(clock.millis()));
        headers.putIfAbsent("Cache-Control", List.of("no-store"));
        headers.set("X-Content-Type-Options", "nosniff");
        boolean noBody = response.body() == null || exchange.getRequestMethod().equals("HEAD")
                || response.status() == 204 || response.status() == 304;
        if (noBody) {
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        long length = response.body().length();
        exchange.sendResponseHeaders(response.status(), length == 0 ? -1 : length);
        if (length > 0) {
            boolean success = response.status() / 100 == 2;
            try (OutputStream out = plan.wrapResponseBody(exchange.getResponseBody(), success)) {
                response.body().writeTo(out);
            }
        }
    }

    private static void pause(long millis) throws InterruptedIOException {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis); // simulated latency is the point here
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("stopped during simulated latency");
        }
    }

    private boolean enter() {
        lock.lock();
        try {
            if (stopping) {
                return false;
            }
            inFlight++;
            return true;
        } finally {
            lock.unlock();
        }
    }

    private void leave() {
        lock.lock();
        try {
            if (--inFlight == 0) {
                idle.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Requests admitted and not yet answered (closing waits for these). */
    public int inFlight() {
        lock.lock();
        try {
            return inFlight;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Answers every new request with {@code 503 unavailable} and waits, up to {@code grace}, for the
     * requests in flight to finish. Returns whether they all did.
     */
    public boolean drain(Duration grace) throws InterruptedException {
        lock.lock();
        try {
            stopping = true;
            long left = grace.toNanos();
            while (inFlight > 0 && left > 0) {
                left = idle.awaitNanos(left);
            }
            return inFlight == 0;
        } finally {
            lock.unlock();
        }
    }
}
