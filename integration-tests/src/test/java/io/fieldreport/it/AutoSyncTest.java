package io.fieldreport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.AutoSync;
import io.fieldreport.sync.ClientSettings;
import io.fieldreport.sync.PhotoQuality;
import io.fieldreport.sync.SyncListener;
import io.fieldreport.sync.WebUnreachableException;
import io.fieldreport.web.faults.PoorSignal;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Auto-sync runs on its interval, not when working offline, and soon after an outage ends. */
class AutoSyncTest {

    @RegisterExtension
    final Team team = new Team();
    final BlockingQueue<AutoSync.Outcome> outcomes = new LinkedBlockingQueue<>();
    AutoSync auto;

    @BeforeEach
    void start() throws Exception {
        team.ana().client.saveSettings(new ClientSettings(1, false, PhotoQuality.ORIGINAL, 5));
        auto = new AutoSync(team.ana().client, team.web.clock, Duration.ofMillis(20), SyncListener.NONE, outcomes::add);
        auto.start();
    }

    @AfterEach
    void stop() {
        auto.close();
    }

    @Test
    void syncsWhenTheIntervalHasPassed() throws Exception {
        team.ana().add("roof.coverings", "written before the interval ended", null);
        assertNull(outcomes.poll(300, TimeUnit.MILLISECONDS), "nothing before the interval");

        team.web.clock.advance(Duration.ofSeconds(61));

        var outcome = outcomes.poll(10, TimeUnit.SECONDS);
        assertNotNull(outcome);
        var result = assertInstanceOf(AutoSync.Outcome.Succeeded.class, outcome).result();
        assertEquals(1, result.changesSent());
        assertEquals(1, team.web.admin.inspection(team.web.inspection).comments().size());
    }

    @Test
    void doesNotSyncWhileWorkingOffline() throws Exception {
        team.ana().client.saveSettings(new ClientSettings(1, true, PhotoQuality.ORIGINAL, 5));
        team.ana().add("roof.coverings", "offline", null);
        team.web.clock.advance(Duration.ofMinutes(30));
        assertNull(outcomes.poll(500, TimeUnit.MILLISECONDS));
        assertEquals(1, team.ana().client.status(team.ana().inspection).changesToUpload());
    }

    @Test
    void aManualSaveThatFoundTheWebUnreachableMakesAutoSyncWatchForItsReturn() throws Exception {
        team.web.admin.setPoorSignal(new PoorSignal(0, 0, 100, 0, 0, 0, 1L));
        team.ana().add("roof.coverings", "saved by hand during the outage", null);
        assertThrows(WebUnreachableException.class, () -> team.ana().save());
        assertTrue(auto.inOutage(), "auto-sync heard of the outage the manual Save found");

        team.web.admin.setPoorSignal(PoorSignal.OFF); // well before the 1-minute interval is up

        var back = assertInstanceOf(AutoSync.Outcome.Succeeded.class, outcomes.poll(10, TimeUnit.SECONDS));
        assertEquals(1, back.result().changesSent());
        assertFalse(auto.inOutage());
    }

    @Test
    void aManualOperationThatReachesTheWebEndsTheOutage() throws Exception {
        team.web.admin.setPoorSignal(new PoorSignal(0, 0, 100, 0, 0, 0, 1L));
        team.ana().add("roof.coverings", "saved by hand during the outage", null);
        assertThrows(WebUnreachableException.class, () -> team.ana().save());
        assertTrue(auto.inOutage());
        // Auto-sync stands still while working offline, so only the manual Save can tell it the web is back.
        team.ana().client.saveSettings(new ClientSettings(1, true, PhotoQuality.ORIGINAL, 5));
        team.web.admin.setPoorSignal(PoorSignal.OFF);

        team.ana().save();

        assertFalse(auto.inOutage());
    }

    @Test
    void syncsSoonAfterTheWebIsReachableAgain() throws Exception {
        team.web.admin.setPoorSignal(new PoorSignal(0, 0, 100, 0, 0, 0, 1L));
        team.ana().add("roof.coverings", "written during the outage", null);
        team.web.clock.advance(Duration.ofSeconds(61));
        var failed = assertInstanceOf(AutoSync.Outcome.Failed.class, outcomes.poll(20, TimeUnit.SECONDS));
        assertInstanceOf(WebUnreachableException.class, failed.error());
        assertTrue(auto.inOutage());

        team.web.admin.setPoorSignal(PoorSignal.OFF); // the signal is back; no need to wait out the interval

        var back = assertInstanceOf(AutoSync.Outcome.Succeeded.class, outcomes.poll(10, TimeUnit.SECONDS));
        assertEquals(1, back.result().changesSent());
        assertTrue(!auto.inOutage());
    }
}
