package io.fieldreport.web;

import com.sun.net.httpserver.HttpServer;
import io.fieldreport.sync.clock.HybridClock;
import io.fieldreport.sync.clock.Stamp;
import io.fieldreport.sync.protocol.WireCodec;
import io.fieldreport.sync.store.Database;
import io.fieldreport.web.access.Access;
import io.fieldreport.web.access.Tokens;
import io.fieldreport.web.admin.AdminRoutes;
import io.fieldreport.web.demo.DemoSeeder;
import io.fieldreport.web.editor.EditorRoutes;
import io.fieldreport.web.editor.WebEdits;
import io.fieldreport.web.faults.PoorSignalSwitch;
import io.fieldreport.web.http.Gateway;
import io.fieldreport.web.http.JsonBodies;
import io.fieldreport.web.http.Route;
import io.fieldreport.web.http.Router;
import io.fieldreport.web.inspections.InspectionRoutes;
import io.fieldreport.web.lock.LockRoutes;
import io.fieldreport.web.lock.SyncLocks;
import io.fieldreport.web.manifest.ManifestRoutes;
import io.fieldreport.web.manifest.ManifestService;
import io.fieldreport.web.merge.MergeWriter;
import io.fieldreport.web.photos.DownloadRoutes;
import io.fieldreport.web.photos.PhotoStore;
import io.fieldreport.web.photos.UploadRoutes;
import io.fieldreport.web.pull.PullRoutes;
import io.fieldreport.web.pull.PullService;
import io.fieldreport.web.push.PushRoutes;
import io.fieldreport.web.push.PushService;
import io.fieldreport.web.storage.AppliedChanges;
import io.fieldreport.web.storage.Comments;
import io.fieldreport.web.storage.HighestStamp;
import io.fieldreport.web.storage.Inspections;
import io.fieldreport.web.storage.Locks;
import io.fieldreport.web.storage.Photos;
import io.fieldreport.web.storage.Users;
import io.fieldreport.web.storage.WebHistory;
import io.fieldreport.web.storage.WebSchema;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The mock web's composition root: opens the storage under the data folder, wires every feature
 * and serves them with the JDK's HTTP server on a bounded pool of threads. No statics: tests start
 * as many as they like, each on its own port and folder, and close them.
 */
public final class WebServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(WebServer.class.getName());
    private static final Duration GRACE = Duration.ofSeconds(10);
    private static final String NODELAY = "sun.net.httpserver.nodelay";

    private final WebServerConfig config;
    private final HttpServer http;
    private final ThreadPoolExecutor executor;
    private final Gateway gateway;
    private final Database db;
    private final MockWebAdmin admin;
    private final String adminToken;
    private final AtomicBoolean closed = new AtomicBoolean();

    private WebServer(WebServerConfig config, HttpServer http, ThreadPoolExecutor executor, Gateway gateway,
                      Database db, MockWebAdmin admin, String adminToken) {
        this.config = config;
        this.http = http;
        this.executor = executor;
        this.gateway = gateway;
        this.db = db;
        this.admin = admin;
        this.adminToken = adminToken;
    }

    /** Opens (or creates) the data folder and serves it; the port is bound when this returns. */
    public static WebServer start(WebServerConfig config) throws IOException {
        disableNagle();
        Files.createDirectories(config.dataDir());
        var tokens = new Tokens(new SecureRandom());
        String adminToken = config.adminToken() != null ? config.adminToken() : tokens.newToken();
        Database db = Database.open(config.dataDir().resolve("web.db"), WebSchema.migrations());
        try {
            var clock = config.clock();
            var codec = new WireCodec();
            var json = new JsonBodies(codec, config.maxJsonBytes());
            var users = new Users();
            var inspections = new Inspections();
            var comments = new Comments();
            var photos = new Photos();
            var history = new WebHistory();
            Stamp highest = db.read(new HighestStamp()::find);
            var webClock = new HybridClock(clock, "web", highest == null ? null : new Stamp(highest.millis(),
                    highest.counter(), "web"));
            var photoStore = new PhotoStore(config.dataDir(), config.maxPhotoBytes());
            var writer = new MergeWriter(comments, photos, inspections, history, webClock, clock);
            var locks = new SyncLocks(db, new Locks(), clock);
            var edits = new WebEdits(db, inspections, comments, writer, webClock, clock);
            var poorSignal = new PoorSignalSwitch(config.poorSignal());
            var demo = new DemoSeeder(db, users, inspections, writer, photoStore, clock);
            var admin = new MockWebAdmin(db, users, inspections, comments, photos, history, photoStore, locks, edits,
                    demo, poorSignal, tokens, clock);
            var access = new Access(db, users, inspections, adminToken);

            List<Route> routes = new ArrayList<>();
            routes.addAll(new InspectionRoutes(access, json, db, inspections, clock, version()).routes());
            routes.addAll(new PushRoutes(access, json, new PushService(db, inspections, comments, photos,
                    new AppliedChanges(), writer, photoStore, clock)).routes());
            routes.addAll(new PullRoutes(access, json,
                    new PullService(db, inspections, comments, photos, config.pullPageLimit())).routes());
            routes.addAll(new LockRoutes(access, json, locks).routes());
            routes.addAll(new UploadRoutes(access, photoStore).routes());
            routes.addAll(new DownloadRoutes(access, db, photos, photoStore).routes());
            routes.addAll(new ManifestRoutes(access, json, new ManifestService(db, inspections, comments, photos, photoStore)).routes());
            routes.addAll(new EditorRoutes(access, json, edits).routes());
            routes.addAll(new AdminRoutes(access, json, admin).routes());
            var gateway = new Gateway(new Router(routes), poorSignal, codec, clock,
                    Math.max(config.maxPhotoBytes(), config.maxJsonBytes()));

            var executor = pool(config.threads());
            HttpServer http = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 128);
            http.createContext("/", gateway);
            http.setExecutor(executor);
            http.start();
            var server = new WebServer(config, http, executor, gateway, db, admin, adminToken);
            LOG.log(Level.INFO, () -> "mock web serving " + config.dataDir().toAbsolutePath().normalize() + " at " + server.baseUrl());
            return server;
        } catch (IOException | RuntimeException e) {
            db.close();
            throw e;
        }
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** {@code http://HOST:PORT}, with no trailing slash. */
    public String baseUrl() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return "http://" + host + ":" + port();
    }

    public MockWebAdmin admin() {
        return admin;
    }

    /** The admin API's token: the configured one, or the one generated at start. */
    public String adminToken() {
        return adminToken;
    }

    /** Requests being served right now: those a {@link #close()} lets finish. */
    public int requestsInFlight() {
        return gateway.inFlight();
    }

    public WebServerConfig config() {
        return config;
    }

    /**
     * Stops accepting work (new requests get {@code 503}), lets requests in flight finish for a grace
     * period (a push still running after it stops between two changes, each of which is whole), then
     * closes the port and the database. Safe to call more than once.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            if (!gateway.drain(GRACE)) {
                LOG.log(Level.WARNING, "requests still running after " + GRACE.toSeconds() + " s; interrupting them");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        http.stop(0);
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(GRACE.toSeconds(), TimeUnit.SECONDS)) {
                LOG.log(Level.WARNING, "request threads did not stop; closing the database anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        db.close();
        LOG.log(Level.INFO, () -> "mock web at port " + http.getAddress().getPort() + " stopped");
    }

    /**
     * The JDK's server writes a response's headers and body separately; with Nagle's algorithm on, the
     * body then waits for the client's delayed ACK, about 40 ms on every request (measured here: 47 ms
     * a GET with it, a few ms without). The server reads this JVM-wide switch once, when first used,
     * so it is set before the first server is made, unless someone chose a value already.
     */
    private static void disableNagle() {
        if (System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        }
    }

    private static ThreadPoolExecutor pool(int threads) {
        var count = new AtomicInteger();
        var executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "mock-web-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }

    private static String version() {
        String v = WebServer.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
