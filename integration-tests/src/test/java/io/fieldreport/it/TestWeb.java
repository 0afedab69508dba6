package io.fieldreport.it;

import io.fieldreport.sync.protocol.Role;
import io.fieldreport.web.MockWebAdmin;
import io.fieldreport.web.WebServer;
import io.fieldreport.web.WebServerConfig;
import io.fieldreport.web.admin.NewUser;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A real mock-web on 127.0.0.1 and a free port, with one inspection assigned to two inspectors and
 * an office user who edits in the web editor. Closed by the test.
 */
final class TestWeb implements AutoCloseable {

    final ShiftableClock clock = new ShiftableClock();
    final WebServer server;
    final MockWebAdmin admin;
    final UUID inspection;
    final NewUser ana;
    final NewUser ben;
    final NewUser office;

    TestWeb(Path dataDir) throws IOException {
        this(dataDir, b -> b);
    }

    /** A web with some settings changed, e.g. {@code b -> b.maxPhotoBytes(100_000)}. */
    TestWeb(Path dataDir, java.util.function.UnaryOperator<WebServerConfig.Builder> settings) throws IOException {
        server = WebServer.start(settings.apply(WebServerConfig.builder(dataDir).port(0).clock(clock)).build());
        admin = server.admin();
        ana = admin.createUser("Ana Reyes", Role.INSPECTOR);
        ben = admin.createUser("Ben Okafor", Role.INSPECTOR);
        office = admin.createUser("Olivia Grant", Role.OFFICE);
        inspection = admin.createInspection("12 Elm Street, Springfield", "Rosa Diaz", LocalDate.of(2026, 11, 23));
        admin.assign(ana.id(), inspection);
        admin.assign(ben.id(), inspection);
    }

    String url() {
        return server.baseUrl();
    }

    @Override
    public void close() {
        server.close();
    }
}
