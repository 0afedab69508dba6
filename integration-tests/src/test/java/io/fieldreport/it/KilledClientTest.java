package io.fieldreport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.CancelToken;
import io.fieldreport.sync.Phase;
import io.fieldreport.sync.SyncResult;
import io.fieldreport.sync.protocol.Rating;
import io.fieldreport.web.faults.PoorSignal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A laptop killed in the middle of a Sync (kill -9, holding the lock, photos half sent): the other
 * inspector waits only until the lease ends; the killed laptop's next Sync finishes the job with
 * nothing lost and nothing twice, and verify finds nothing.
 */
class KilledClientTest {

    @TempDir
    Path dir;
    TestWeb web;
    Path anaProfile;

    @BeforeEach
    void start() throws Exception {
        web = new TestWeb(dir.resolve("web"));
        anaProfile = dir.resolve("ana");
        try (Laptop ana = new Laptop(anaProfile, web, web.ana)) {
            for (int i = 0; i < 200; i++) {
                var c = ana.add("interior.walls", "Ana's note " + i, Rating.MAINTENANCE);
                if (i % 50 == 0) {
                    ana.client.addPhoto(c.id(), Photos.make(dir.resolve("cam"), "p" + i + ".jpg", 400_000, i), "");
                }
            }
        }
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(20); // polling a condition with a deadline, not standing in for one
        }
    }

    @Test
    void aClientKilledMidSyncLosesNothingAndItsLockFreesItself() throws Exception {
        // A slow link: the photo uploads take seconds, so the kill lands in the middle of the Sync.
        web.admin.setPoorSignal(new PoorSignal(0, 2_000, 0, 0, 0, 0, 1L));
        Process cli = CliProcess.start(dir.resolve("cli.log"), "sync", "--profile", anaProfile.toString());
        waitFor(() -> web.admin.inspection(web.inspection).lock() != null, "the killed client holds the lock");

        cli.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        web.admin.setPoorSignal(PoorSignal.OFF);
        assertTrue(web.admin.inspection(web.inspection).lock() != null, "the lock outlives its holder");

        try (Laptop ben = new Laptop(dir.resolve("ben"), web, web.ben)) {
            CountDownLatch waiting = new CountDownLatch(1);
            var listener = new RecordingListener(Phase.WAITING_FOR_LOCK, p -> waiting.countDown());
            CompletableFuture<SyncResult> benSync = OwnThread.supply(() -> {
                try {
                    return ben.client.sync(ben.inspection, listener, new CancelToken());
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            assertTrue(waiting.await(10, TimeUnit.SECONDS), "Ben waits for the dead client's lock");
            web.clock.advance(Duration.ofSeconds(61));
            assertTrue(benSync.get(30, TimeUnit.SECONDS).verify().matched());
        }

        try (Laptop ana = new Laptop(anaProfile, web, web.ana)) {
            assertEquals("ok", CancelTest.integrity(ana));
            var again = ana.sync();

            assertTrue(again.verify().matched(), again.summary());
            assertEquals(0, ana.client.status(ana.inspection).changesToUpload());
            var atWeb = web.admin.inspection(web.inspection);
            assertEquals(200, atWeb.comments().size(), "nothing lost, nothing twice");
            assertEquals(4, atWeb.photos().size());
            assertTrue(atWeb.photos().stream().allMatch(p -> p.bytesStored()));
        }
    }

    @Test
    void theKilledLaptopsNextSyncReleasesTheLockItLeftBehind() throws Exception {
        web.admin.setPoorSignal(new PoorSignal(0, 2_000, 0, 0, 0, 0, 1L));
        Process cli = CliProcess.start(dir.resolve("cli.log"), "sync", "--profile", anaProfile.toString());
        waitFor(() -> web.admin.inspection(web.inspection).lock() != null, "the client holds the lock");
        cli.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        web.admin.setPoorSignal(PoorSignal.OFF);

        try (Laptop ana = new Laptop(anaProfile, web, web.ana)) {
            long started = System.nanoTime();
            var again = ana.sync();
            assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(20),
                    "no wait for its own dead lock's lease");
            assertTrue(again.verify().matched());
        }
    }
}
