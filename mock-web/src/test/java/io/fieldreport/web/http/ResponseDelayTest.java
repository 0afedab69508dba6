package io.fieldreport.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.web.support.Api;
import io.fieldreport.web.support.TestWeb;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResponseDelayTest {

    private static final int REQUESTS = 20;

    @TempDir
    Path dir;

    /**
     * The JDK server sends an answer's headers and body in separate TCP segments. Without TCP_NODELAY
     * the body waits for the client's delayed ACK of the headers: about 40 ms per answer on Linux,
     * 800 ms for these 20. With it, each takes a millisecond or two; the bound leaves room for a busy
     * machine.
     */
    @Test
    void smallAnswersOnAKeptAliveConnectionAreNotHeldBackByDelayedAcks() {
        try (TestWeb web = TestWeb.start(dir)) {
            Api ana = web.ana();
            assertEquals(200, ana.get("/api/me").status()); // opens the connection and warms up

            long start = System.nanoTime();
            for (int i = 0; i < REQUESTS; i++) {
                assertEquals(200, ana.get("/api/me").status());
            }
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertTrue(millis < REQUESTS * 15, REQUESTS + " small answers took " + millis + " ms");
        }
    }
}
