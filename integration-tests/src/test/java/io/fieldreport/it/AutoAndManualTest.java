package io.fieldreport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.AutoSync;
import io.fieldreport.sync.CancelToken;
import io.fieldreport.sync.ClientSettings;
import io.fieldreport.sync.Phase;
import io.fieldreport.sync.PhotoQuality;
import io.fieldreport.sync.SyncException;
import io.fieldreport.sync.SyncListener;
import io.fieldreport.sync.SyncResult;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An automatic and a manual operation never run at once on one laptop, whichever starts first. */
class AutoAndManualTest {

    @RegisterExtension
    final Team team = new Team();
    final BlockingQueue<AutoSync.Outcome> outcomes = new LinkedBlockingQueue<>();

    @BeforeEach
    void everyMinute() {
        team.ana().client.saveSettings(new ClientSettings(1, false, PhotoQuality.ORIGINAL, 5));
    }

    private CompletableFuture<SyncResult> inBackground(Op op) {
        return OwnThread.supply(() -> {
            try {
                return op.run();
            } catch (SyncException e) {
                throw new CompletionException(e);
            }
        });
    }

    @FunctionalInterface
    private interface Op {
        SyncResult run() throws SyncException;
    }

    @Test
    void autoSyncDoesNotRunWhileAManualSyncDoesAndRunsRightAfter() throws Exception {
        team.ana().add("roof.coverings", "synced by hand", null);
        var hold = new Hold(p -> p.phase() == Phase.PULLING);
        var manual = inBackground(() -> team.ana().client.sync(team.ana().inspection, hold, new CancelToken()));
        assertTrue(hold.awaitHeld(10));
        // Auto-sync's own clock: moving the shared one would run out the manual Sync's lease.
        var autoClock = new ShiftableClock();
        try (AutoSync auto = new AutoSync(team.ana().client, autoClock, Duration.ofMillis(20), SyncListener.NONE,
                outcomes::add)) {
            auto.start();
            autoClock.advance(Duration.ofSeconds(61)); // due, and ticking every 20 ms

            assertNull(outcomes.poll(500, TimeUnit.MILLISECONDS), "no automatic run while the manual Sync runs");

            hold.release();
            assertEquals(1, manual.get(20, TimeUnit.SECONDS).changesSent());
            var auto1 = assertInstanceOf(AutoSync.Outcome.Succeeded.class, outcomes.poll(10, TimeUnit.SECONDS));
            assertEquals(0, auto1.result().changesSent(), "it ran after, with nothing left to send");
        }
    }

    @Test
    void aManualSaveWaitsWhileAnAutomaticRunHoldsTheLaptop() throws Exception {
        team.ana().add("roof.coverings", "before the automatic run", null);
        var hold = new Hold(p -> p.phase() == Phase.PULLING);
        try (AutoSync auto = new AutoSync(team.ana().client, team.web.clock, Duration.ofMillis(20), hold,
                outcomes::add)) {
            auto.start();
            team.web.clock.advance(Duration.ofSeconds(61));
            assertTrue(hold.awaitHeld(10), "the automatic run started");
            team.ana().add("roof.drainage", "typed during the automatic run", null);
            var manualSeen = new RecordingListener();
            var manual = inBackground(() -> team.ana().client.save(manualSeen, new CancelToken()));

            assertTrue(Await.until(() -> manualSeen.saw(Phase.WAITING_FOR_LAPTOP), Duration.ofSeconds(10)),
                    "the manual Save waits for the automatic run: " + manualSeen.seen());
            assertTrue(!manualSeen.saw(Phase.PUSHING), "and sends nothing meanwhile");

            hold.release();
            var autoRun = assertInstanceOf(AutoSync.Outcome.Succeeded.class, outcomes.poll(20, TimeUnit.SECONDS));
            assertEquals(1, autoRun.result().changesSent());
            assertEquals(1, manual.get(20, TimeUnit.SECONDS).changesSent(), "then it sends what was typed meanwhile");
        }
        assertEquals(2, team.web.admin.inspection(team.web.inspection).comments().size());
    }
}
