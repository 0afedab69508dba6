package io.fieldreport.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.web.faults.PoorSignal;
import io.fieldreport.web.support.Api;
import io.fieldreport.web.support.PhotoBytes;
import io.fieldreport.web.support.Reply;
import io.fieldreport.web.support.WebProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as QA uses it: a real process, its output, and SIGTERM. */
class MockWebMainTest {

    private static final UUID DEMO = UUID.fromString("3b0c6a52-8f1e-4d7a-9c3e-5a2b1d0e7f64");
    /** The JVM's exit status after SIGTERM once its shutdown hooks have run. */
    private static final int SIGTERM_EXIT = 143;

    @TempDir
    Path dir;

    @Test
    void itPrintsTheDemoTokensAndTheListeningLineAndStopsCleanlyOnSigterm() throws Exception {
        String url;
        List<String> output;
        try (WebProcess web = WebProcess.start(dir, "--port", "0", "--data", "web-data", "--seed", "demo",
                "--admin-token", "qa-admin")) {
            url = web.awaitListening();
            assertTrue(Pattern.matches("http://127\\.0\\.0\\.1:\\d+", url), url);
            assertEquals(200, new Api(url, "ana-demo-token").get("/api/me").status());
            assertEquals(200, new Api(url, "qa-admin").get("/api/admin/users").status());
            assertEquals(SIGTERM_EXIT, web.terminate(Duration.ofSeconds(30)));
            output = web.output();
        }
        assertEquals("stopped", output.get(output.size() - 1), "the shutdown hook ran to its end: " + output);
        assertTrue(Files.notExists(dir.resolve("web-data").resolve("web.db-wal")), "the database was closed");
        assertTrue(output.contains("admin token: qa-admin"), output.toString());
        assertTrue(output.stream().anyMatch(l -> l.matches("demo inspector +Ana Reyes +token ana-demo-token")), output.toString());
        assertTrue(output.stream().anyMatch(l -> l.matches("demo office +Olivia Grant +token office-demo-token")), output.toString());
        assertTrue(Files.exists(dir.resolve("web-data").resolve("web.db")));
    }

    @Test
    void aSecondStartWithTheDemoSeedReusesIt() throws Exception {
        for (int start = 0; start < 2; start++) {
            try (WebProcess web = WebProcess.start(dir, "--port", "0", "--data", "d", "--seed", "demo", "--admin-token", "t")) {
                String url = web.awaitListening();
                String list = new Api(url, "t").get("/api/admin/inspections").text();
                assertEquals(1, list.split("3b0c6a52-8f1e-4d7a-9c3e-5a2b1d0e7f64", -1).length - 1, list);
                assertEquals(SIGTERM_EXIT, web.terminate(Duration.ofSeconds(30)));
            }
        }
    }

    @Test
    void poorSignalFlagsAtStartCutUploadsAndHeadReportsWhatArrived() throws Exception {
        try (WebProcess web = WebProcess.start(dir, "--port", "0", "--data", "d", "--seed", "demo", "--admin-token", "t",
                "--cut-upload-after", "65536", "--latency-ms", "1", "--poor-signal-seed", "3")) {
            String url = web.awaitListening();
            assertEquals(new PoorSignal(1, 0, 0, 0, 65_536, 0, 3L),
                    new Api(url, "t").get("/api/admin/poor-signal").as(PoorSignal.class));
            Api ana = new Api(url, "ana-demo-token");
            byte[] bytes = PhotoBytes.random(200_000, 12);

            assertThrows(IOException.class, () -> ana.trySend(PhotoBytes.patch(ana, DEMO, bytes, 0, bytes.length)),
                    "the upload is cut, so no answer arrives");
            Reply where = PhotoBytes.head(ana, DEMO, PhotoBytes.contentOf(bytes).sha256());
            assertEquals("65536", where.header("Upload-Offset"), "the bytes before the cut are kept");
            assertEquals("200000", where.header("Upload-Length"));
            assertTrue(web.output().stream().anyMatch(l -> l.startsWith("poor signal: ") && !l.equals("poor signal: off")),
                    web.output().toString());
        }
    }

    @Test
    void withoutAnAdminTokenOneIsGeneratedAndPrinted() throws Exception {
        try (WebProcess web = WebProcess.start(dir, "--port", "0", "--data", "d")) {
            String tokenLine = web.awaitLine("admin token: ", Duration.ofSeconds(60));
            String url = web.awaitListening();
            String token = tokenLine.substring("admin token: ".length()).replace(" (generated)", "");
            assertTrue(token.length() >= 32, token);
            assertEquals(200, new Api(url, token).get("/api/admin/users").status());
        }
    }

    @Test
    void helpListsEveryFlagCleanly() throws Exception {
        try (WebProcess web = WebProcess.start(dir, "--help")) {
            web.awaitLine("Usage: mock-web", Duration.ofSeconds(60));
            assertTrue(web.process().waitFor(30, java.util.concurrent.TimeUnit.SECONDS));
            web.awaitLine("      --poor-signal-seed", Duration.ofSeconds(10));
            assertEquals(0, web.process().exitValue());
            assertTrue(web.output().stream().noneMatch(l -> l.contains("WARN")), web.output().toString());
        }
    }

    @Test
    void aBadFlagIsExplainedAndExitsNonZero() throws Exception {
        try (WebProcess web = WebProcess.start(dir, "--port", "0", "--fail-percent", "120")) {
            String line = web.awaitLine("failPercent", Duration.ofSeconds(60));
            assertTrue(line.contains("between 0 and 100"), line);
            assertTrue(web.process().waitFor(30, java.util.concurrent.TimeUnit.SECONDS));
            assertEquals(2, web.process().exitValue());
        }
    }
}
