package io.fieldreport.desktop.syncstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.desktop.testing.LaptopTest;
import io.fieldreport.desktop.testing.Profiles;
import io.fieldreport.desktop.testing.TestWeb;
import io.fieldreport.sync.ClientSettings;
import io.fieldreport.sync.LockHeldException;
import io.fieldreport.sync.Operation;
import io.fieldreport.sync.PhotoQuality;
import io.fieldreport.sync.WebUnreachableException;
import io.fieldreport.sync.protocol.Rating;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SyncActivityTest extends LaptopTest {

    SyncActivity activity;
    final List<OperationOutcome> outcomes = new ArrayList<>();

    @BeforeEach
    void setUp() {
        activity = new SyncActivity(laptop.client, laptop.runner, laptop.session);
        activity.onOutcome(outcomes::add);
    }

    @Test
    void saveSendsTheChangesAndSaysHowItEnded() {
        var c = laptop.client.addComment(laptop.inspection, "roof.coverings", "Moss on the north slope",
                Rating.MAINTENANCE);

        activity.save();

        OperationOutcome.Succeeded done = assertInstanceOf(OperationOutcome.Succeeded.class, outcomes.get(0));
        assertEquals(Operation.SAVE, done.operation());
        assertTrue(done.manual());
        assertEquals(1, done.result().changesSent());
        assertEquals("Moss on the north slope", web.snapshot(laptop.inspection).textOf(c.id()).orElseThrow());
        assertFalse(activity.runningProperty().get());
    }

    @Test
    void syncNeedsAnOpenInspection() {
        assertFalse(activity.canSyncProperty().get());
        activity.sync();
        assertTrue(outcomes.isEmpty());

        laptop.open();

        assertTrue(activity.canSyncProperty().get());
        activity.sync();
        assertInstanceOf(OperationOutcome.Succeeded.class, outcomes.get(0));
    }

    @Test
    void progressIsShownInWordsWhileItRuns() {
        laptop.open();
        laptop.client.addComment(laptop.inspection, "roof.coverings", "One", null);
        List<String> phases = new ArrayList<>();
        List<String> items = new ArrayList<>();
        List<Boolean> running = new ArrayList<>();
        activity.phaseProperty().addListener((o, was, now) -> phases.add(now));
        activity.itemsProperty().addListener((o, was, now) -> items.add(now));
        activity.phaseProperty().addListener((o, was, now) -> running.add(activity.runningProperty().get()));

        activity.sync();

        assertTrue(phases.contains("Sync: Sending changes"), phases.toString());
        assertTrue(items.contains("1 of 1 change"), items.toString());
        assertTrue(running.contains(true));
        assertEquals("", activity.phaseProperty().get(), "cleared when it ended");
    }

    @Test
    void whileWaitingForTheLockTheHolderIsNamedAndGivingUpSaysWho() throws Exception {
        laptop.open();
        ClientSettings s = laptop.client.settings();
        laptop.client.saveSettings(new ClientSettings(s.autoSyncMinutes(), s.workOffline(), PhotoQuality.ORIGINAL, 1));
        String lock = web.holdLock(laptop.inspection, web.ben());
        List<String> holders = new ArrayList<>();
        activity.lockHolderProperty().addListener((o, was, now) -> holders.add(now));
        try {
            activity.sync();
        } finally {
            web.releaseLock(laptop.inspection, web.ben(), lock);
        }

        assertTrue(holders.stream().anyMatch(h -> h.contains("Ben Okafor")), holders.toString());
        OperationOutcome.Failed failed = assertInstanceOf(OperationOutcome.Failed.class, outcomes.get(0));
        assertEquals("Ben Okafor", assertInstanceOf(LockHeldException.class, failed.error()).holder());
    }

    @Test
    void cancelStopsTheRunningOperation() throws Exception {
        laptop.open();
        String lock = web.holdLock(laptop.inspection, web.ben());
        // Cancel as soon as the sync starts waiting for Ben's lock, as the Cancel button would.
        activity.lockHolderProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                activity.cancel();
            }
        });
        try {
            activity.sync();
        } finally {
            web.releaseLock(laptop.inspection, web.ben(), lock);
        }

        assertInstanceOf(OperationOutcome.Cancelled.class, outcomes.get(0));
        assertFalse(activity.runningProperty().get());
    }

    @Test
    void anUnreachableWebIsAFailureWithTheReason() {
        Profiles offline;
        try (TestWeb gone = TestWeb.start(dir.resolve("gone-web"))) {
            offline = new Profiles(gone, dir.resolve("offline"), gone.ana(), gone.newInspection());
        }
        try (offline) {
            SyncActivity a = new SyncActivity(offline.client, offline.runner, offline.session);
            a.onOutcome(outcomes::add);
            offline.client.addComment(offline.inspection, "roof.coverings", "Written offline", null);

            a.save();

            OperationOutcome.Failed failed = assertInstanceOf(OperationOutcome.Failed.class, outcomes.get(0));
            assertInstanceOf(WebUnreachableException.class, failed.error());
            assertEquals(1, offline.client.status(null).changesToUpload(), "nothing is lost");
        }
    }
}
