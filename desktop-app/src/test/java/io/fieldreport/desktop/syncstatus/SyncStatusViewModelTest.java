package io.fieldreport.desktop.syncstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.desktop.notify.PlainWords;
import io.fieldreport.desktop.testing.LaptopTest;
import io.fieldreport.desktop.testing.TestPhotos;
import io.fieldreport.sync.CancelToken;
import io.fieldreport.sync.ClientSettings;
import io.fieldreport.sync.LockHeldException;
import io.fieldreport.sync.Operation;
import io.fieldreport.sync.PhotoQuality;
import io.fieldreport.sync.SyncListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SyncStatusViewModelTest extends LaptopTest {

    SyncStatusViewModel status;

    @BeforeEach
    void setUp() {
        status = new SyncStatusViewModel(laptop.client, laptop.runner, laptop.delay, laptop.session);
        laptop.open();
    }

    @Test
    void countsWhatIsStillToMoveAndReachesZeroAfterASync() throws Exception {
        var c = laptop.client.addComment(laptop.inspection, "roof.coverings", "Cracked tile", null);
        laptop.client.addPhoto(c.id(), TestPhotos.jpeg(dir, "a.jpg", 1, 320, 240), "");
        laptop.client.addPhoto(c.id(), TestPhotos.jpeg(dir, "b.jpg", 2, 320, 240), "");

        status.refresh();

        assertEquals(laptop.client.status(null).changesToUpload(), status.changesToUploadProperty().get());
        assertTrue(status.changesToUploadProperty().get() >= 3, "the comment and two photo records");
        assertEquals(2, status.photosToUploadProperty().get());
        var downloaded = status.lastSyncProperty().get();
        assertNull(status.lastSaveProperty().get());

        laptop.client.sync(laptop.inspection, SyncListener.NONE, new CancelToken());
        status.refresh();

        assertEquals(0, status.changesToUploadProperty().get());
        assertEquals(0, status.photosToUploadProperty().get());
        assertEquals(0, status.photosToDownloadProperty().get());
        assertTrue(status.lastSyncProperty().get().isAfter(downloaded));
        assertNotNull(status.lastSaveProperty().get());
        assertEquals(Boolean.TRUE, status.lastVerifyMatchedProperty().get());
        assertNull(status.lastErrorProperty().get());
    }

    @Test
    void rejectedChangesAreListedUntilAcknowledged() throws Exception {
        web.server.admin().publish(laptop.inspection);
        // Written before this laptop learns of the publication: the web refuses it at the next Save.
        laptop.client.addComment(laptop.inspection, "roof.coverings", "Too late for the report: the north slope"
                + " has three cracked shingles near the ridge vent and one missing entirely", null);
        laptop.client.save(SyncListener.NONE, new CancelToken());

        status.refresh();

        assertEquals(1, status.rejected().size());
        RejectedRow row = status.rejected().get(0);
        assertEquals("Comment", row.what());
        assertEquals("Roof › Coverings", row.where());
        assertEquals("“Too late for the report: the north slope has three cracked shingles near the…”",
                row.excerpt());
        assertEquals("The office had already published the report.", row.reason());

        status.acknowledge(status.rejected().get(0));

        assertTrue(status.rejected().isEmpty());
        assertTrue(laptop.client.rejectedChanges(true).isEmpty());
    }

    @Test
    void theLastErrorIsInPlainWordsWithSyncClientsTextAsItsDetails() throws Exception {
        ClientSettings s = laptop.client.settings();
        laptop.client.saveSettings(new ClientSettings(s.autoSyncMinutes(), s.workOffline(), PhotoQuality.ORIGINAL, 1));
        String lock = web.holdLock(laptop.inspection, web.ben());
        LockHeldException failure;
        try {
            failure = assertThrows(LockHeldException.class,
                    () -> laptop.client.sync(laptop.inspection, SyncListener.NONE, new CancelToken()));
        } finally {
            web.releaseLock(laptop.inspection, web.ben(), lock);
        }

        status.failed(Operation.SYNC, failure);
        status.refresh();

        PlainWords.Explanation shown = status.lastErrorProperty().get();
        assertEquals("Ben Okafor is syncing this inspection", shown.headline());
        assertTrue(shown.details().startsWith(laptop.client.status(laptop.inspection).lastError()), shown.details());

        // After a restart only sync-client's text is known: it still comes with a plain sentence.
        SyncStatusViewModel restarted = new SyncStatusViewModel(laptop.client, laptop.runner, laptop.delay,
                laptop.session);
        restarted.refresh();
        assertEquals("The last Save or Sync did not finish", restarted.lastErrorProperty().get().headline());
        assertEquals(laptop.client.status(laptop.inspection).lastError(),
                restarted.lastErrorProperty().get().details());
    }

    @Test
    void stepsOfARunningOperationAreReadOncePerPause() {
        status.refresh();
        laptop.client.addComment(laptop.inspection, "roof.coverings", "One", null);
        laptop.client.addComment(laptop.inspection, "roof.coverings", "Two", null);

        status.refreshSoon();
        status.refreshSoon();
        status.refreshSoon();

        assertEquals(1, laptop.delay.pending(), "one read for the three steps");
        assertEquals(0, status.changesToUploadProperty().get(), "not before the pause");
        laptop.delay.elapse();
        assertEquals(2, status.changesToUploadProperty().get());
    }

    @Test
    void speaksOfTheOpenInspection() {
        status.refresh();
        assertEquals(laptop.client.inspection(laptop.inspection).orElseThrow().address(),
                status.scopeProperty().get());
    }
}
