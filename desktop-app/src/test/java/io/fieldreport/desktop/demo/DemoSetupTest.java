package io.fieldreport.desktop.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.desktop.AppArguments;
import io.fieldreport.desktop.AppOptions;
import io.fieldreport.sync.SyncClient;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoSetupTest {

    @TempDir
    Path dir;

    private static void close(AppOptions options) throws Exception {
        for (AutoCloseable c : options.closeWithApp()) {
            c.close();
        }
    }

    @Test
    void withoutDemoNothingIsStarted() {
        AppOptions o = DemoSetup.optionsFor(AppArguments.parse(List.of("--profile", dir.toString())));
        assertEquals(dir, o.profileDir());
        assertTrue(o.closeWithApp().isEmpty());
        assertNull(o.prefillToken());
    }

    @Test
    void theDemoStartsALocalWebWithDemoDataAndFillsInTheSignIn() throws Exception {
        AppOptions o = DemoSetup.optionsFor(AppArguments.parse(List.of("--demo", "--demo-dir", dir.toString())));
        try {
            assertTrue(o.prefillAddress().startsWith("http://127.0.0.1:"), o.prefillAddress());
            assertEquals("ana-demo-token", o.prefillToken());
            assertEquals(dir.toAbsolutePath().resolve("profile"), o.profileDir().toAbsolutePath());
            try (SyncClient client = SyncClient.open(o.profileDir(), SyncClient.Options.DEFAULT)) {
                assertEquals("Ana Reyes", client.signIn(o.prefillAddress(), o.prefillToken()).name());
                assertTrue(client.allInspections().stream()
                        .anyMatch(i -> i.inspection().address().startsWith("1427 Alder Creek Road")));
            }
        } finally {
            close(o);
        }
    }

    @Test
    void aRestartTakesTheSamePortSoTheDemoProfileStaysSignedIn() throws Exception {
        List<String> args = List.of("--demo", "--demo-dir", dir.toString());
        AppOptions first = DemoSetup.optionsFor(AppArguments.parse(args));
        close(first);

        AppOptions second = DemoSetup.optionsFor(AppArguments.parse(args));
        close(second);

        assertEquals(first.prefillAddress(), second.prefillAddress());
    }

    @Test
    void whenThePortIsTakenTheOldProfileIsKeptAsideAndANewOneStarts() throws Exception {
        List<String> args = List.of("--demo", "--demo-dir", dir.toString());
        AppOptions first = DemoSetup.optionsFor(AppArguments.parse(args));
        Files.createDirectories(first.profileDir());
        Files.writeString(first.profileDir().resolve("marker"), "earlier work");
        close(first);
        int port = DemoSetup.rememberedPort(dir.toAbsolutePath());

        try (ServerSocket taken = new ServerSocket(port, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            AppOptions second = DemoSetup.optionsFor(AppArguments.parse(args));
            close(second);
            assertNotEquals(first.prefillAddress(), second.prefillAddress());
        }
        try (var kept = Files.list(dir.toAbsolutePath())) {
            assertTrue(kept.anyMatch(p -> p.getFileName().toString().startsWith("profile-before-port-")
                    && Files.exists(p.resolve("marker"))));
        }
    }
}
