package io.fieldreport.web.support;

import io.fieldreport.sync.protocol.InspectionRecord;
import io.fieldreport.web.MockWebAdmin;
import io.fieldreport.web.WebServer;
import io.fieldreport.web.WebServerConfig;
import io.fieldreport.web.admin.DemoSeed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A mock web for one test class: in-process on 127.0.0.1 and a free port, a stepping clock, the demo
 * people, and fresh inspections on demand so tests in one class do not see each other's data.
 */
public final class TestWeb implements AutoCloseable {

    public static final String ADMIN_TOKEN = "test-admin";
    /** 2026-11-22 10:00:00 UTC: a fixed, realistic "now". */
    public static final Instant START = Instant.parse("2026-11-22T10:00:00Z");

    public final SteppingClock clock;
    public final Path dataDir;
    private WebServer server;
    private final DemoSeed demo;

    private TestWeb(Path dataDir, SteppingClock clock, UnaryOperator<WebServerConfig.Builder> tweak) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.server = startServer(tweak);
        this.demo = server.admin().seedDemo();
    }

    public static TestWeb start(Path dataDir) {
        return new TestWeb(dataDir, new SteppingClock(START), b -> b);
    }

    public static TestWeb start(Path dataDir, UnaryOperator<WebServerConfig.Builder> tweak) {
        return new TestWeb(dataDir, new SteppingClock(START), tweak);
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
        server = startServer(b -> b);
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
