package io.fieldreport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.AutoSync;
import io.fieldreport.sync.CancelToken;
import io.fieldreport.sync.ClientSettings;
import io.fieldreport.sync.Phase;
import io.fieldreport.sync.PhotoQuality;
import io.fieldreport.sync.SyncListener;
import io.fieldreport.sync.protocol.LockRequest;
import io.fieldreport.sync.protocol.WireCodec;
import io.fieldreport.sync.transport.OkHttpWebApi;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The desktop app's Cancel button also stops an automatic run ({@link AutoSync#cancelRun()}): the
 * run ends without reporting a failure, nothing is lost, and the timer goes on with the next run.
 */
class AutoSyncCancelTest {

    @RegisterExtension
    final Team team = new Team();

    @Test
    void cancelRunStopsTheAutomaticRunAndTheTimerGoesOn() throws Exception {
        team.ana().client.saveSettings(new ClientSettings(1, false, PhotoQuality.ORIGINAL, 60));
        // Open, as in the app: auto-sync then runs a Sync of it (with the lock), not only a Save.
        team.ana().client.open(team.ana().inspection, SyncListener.NONE, new CancelToken());
        team.ana().add("roof.coverings", "written before the automatic run", null);
        // Ben's laptop is mid-sync, with a lease longer than the minute the clock is moved on below.
        var ben = new OkHttpWebApi(OkHttpWebApi.parseBase(team.web.url()), team.web.ben.token(), new WireCodec(),
                Clock.systemUTC(), (a, b, c) -> { });
        String lock = ben.acquireLock(team.web.inspection, new LockRequest("lap-bens-other", 600)).lockId();
        CountDownLatch waiting = new CountDownLatch(1);
        SyncListener listener = p -> {
            if (p.phase() == Phase.WAITING_FOR_LOCK) {
                waiting.countDown();
            }
        };
        BlockingQueue<AutoSync.Outcome> outcomes = new LinkedBlockingQueue<>();
        try (AutoSync auto = new AutoSync(team.ana().client, team.web.clock, Duration.ofMillis(20), listener,
                outcomes::add)) {
            auto.start();
            team.web.clock.advance(Duration.ofSeconds(61));
            assertTrue(waiting.await(10, TimeUnit.SECONDS), "the automatic run waits for Ben's lock " + outcomes);

            auto.cancelRun();

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (team.ana().client.isBusy() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertFalse(team.ana().client.isBusy(), "the run stopped well before its 60 s lock wait");
            assertNull(outcomes.poll(200, TimeUnit.MILLISECONDS), "a cancel is no failure to report");
            assertEquals(1, team.ana().client.status(team.ana().inspection).changesToUpload(), "nothing lost");

            ben.releaseLock(team.web.inspection, lock);
            team.web.clock.advance(Duration.ofSeconds(61));
            var next = assertInstanceOf(AutoSync.Outcome.Succeeded.class, outcomes.poll(10, TimeUnit.SECONDS));
            assertEquals(1, next.result().changesSent());
        } finally {
            ben.shutdown();
        }
    }
}
