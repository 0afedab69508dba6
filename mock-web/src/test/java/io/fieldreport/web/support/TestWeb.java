package io.fieldreport.web.support;

import io.fieldreport.sync.protocol.InspectionRecord;
import io.fieldreport.web.MockWebAdmin;
import io.fieldreport.web.WebServer;
import io.fieldreport.web.WebServerConfig;
import io.fieldreport.web.admin.DemoSeed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A mock web for one test class: in-process on 127.0.0.1 and a free port, a stepping clock, the demo
 * people, and fresh inspections on demand so tests in one class do not see each other's data.
 * Register it with {@code @RegisterExtension static final TestWeb web = TestWeb.perClass();} to have it
 * started in a temporary folder before the class's tests and closed (and the folder removed) after.
 */
public final class TestWeb implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

    public static final String ADMIN_TOKEN = "test-admin";
    /** 2026-11-22 10:00:00 UTC: a fixed, realistic "now". */
    public static final Instant START = Instant.parse("2026-11-22T10:00:00Z");

    public final SteppingClock clock = new SteppingClock(START);
    private final UnaryOperator<WebServerConfig.Builder> tweak;
    private Path dataDir;
    private boolean ownsDataDir;
    private WebServer server;
    private DemoSeed demo;

    private TestWeb(UnaryOperator<WebServerConfig.Builder> tweak) {
        this.tweak = tweak;
    }

    /** Starts now, on the given folder; the caller closes it. */
    public static TestWeb start(Path dataDir) {
        var web = new TestWeb(b -> b);
        web.open(dataDir);
        return web;
    }

    /** Started before the test class and closed after it, as a JUnit extension. */
    public static TestWeb perClass() {
        return perClass(b -> b);
    }

    /** As {@link #perClass()}, with settings changed from the defaults (limits, for example). */
    public static TestWeb perClass(UnaryOperator<WebServerConfig.Builder> tweak) {
        return new TestWeb(tweak);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        ownsDataDir = true;
        open(Files.createTempDirectory("mock-web-test-"));
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        close();
        if (ownsDataDir) {
            try (var files = Files.walk(dataDir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private void open(Path folder) {
        this.dataDir = folder;
        this.server = startServer(tweak);
        this.demo = server.admin().seedDemo();
    }

    public Path dataDir() {
        return dataDir;
    }

    private WebServer startServer(UnaryOperator<WebServerConfig.Builder> tweak) {
        try {
            return WebServer.start(tweak.apply(WebServerConfig.builder(dataDir).port(0).clock(clock)
                    .adminToken(ADMIN_TOKEN)).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the server and starts a new one on the same data folder (and a new port). */
    public void restart() {
        server.close();
        server = startServer(tweak);
    }

    public WebServer server() {
        return server;
    }

    public MockWebAdmin admin() {
        return server.admin();
    }

    public DemoSeed demo() {
        return demo;
    }

    public Api ana() {
        return new Api(server.baseUrl(), demo.ana().token());
    }

    public Api ben() {
        return new Api(server.baseUrl(), demo.ben().token());
    }

    public Api office() {
        return new Api(server.baseUrl(), demo.office().token());
    }

    public Api adminApi() {
        return new Api(server.baseUrl(), ADMIN_TOKEN);
    }

    public Api anonymous() {
        return new Api(server.baseUrl(), null);
    }

    /** A new empty inspection with Ana and Ben assigned. */
    public UUID newInspection() {
        UUID id = admin().createInspection("12 Elm Street, Springfield", "R. Díaz", LocalDate.of(2026, 11, 23));
        admin().assign(demo.ana().id(), id);
        admin().assign(demo.ben().id(), id);
        return id;
    }

    public InspectionRecord record(UUID inspectionId) {
        return admin().inspection(inspectionId).inspection();
    }

    @Override
    public void close() {
        server.close();
    }
}
