package io.fieldreport.desktop.syncstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fieldreport.sync.Operation;
import io.fieldreport.sync.Phase;
import io.fieldreport.sync.SyncProgress;
import org.junit.jupiter.api.Test;

class ProgressWordsTest {

    @Test
    void itemsAndBytesAsTheyMove() {
        var p = new SyncProgress(Operation.SYNC, Phase.UPLOADING_PHOTOS, 37, 200, 12_900_000, 67_100_000, "");
        assertEquals("37 of 200 photos", ProgressWords.items(p));
        assertEquals("12.3 MB of 64.0 MB", ProgressWords.bytes(p));
        assertEquals("Sync: Uploading photos", ProgressWords.phase(p));
    }

    @Test
    void unknownTotalsAndQuietPhases() {
        assertEquals("120 changes", ProgressWords.items(
                new SyncProgress(Operation.SYNC, Phase.PULLING, 120, -1, 0, 0, "")));
        assertEquals("1 change", ProgressWords.items(
                new SyncProgress(Operation.SYNC, Phase.PULLING, 1, -1, 0, 0, "")));
        assertEquals("0 of 1 photo", ProgressWords.items(
                new SyncProgress(Operation.SYNC, Phase.UPLOADING_PHOTOS, 0, 1, 0, 10, "")));
        assertEquals("", ProgressWords.items(new SyncProgress(Operation.SYNC, Phase.LOCKING, 0, -1, 0, 0, "")));
        assertEquals("", ProgressWords.bytes(new SyncProgress(Operation.SAVE, Phase.PUSHING, 1, 2, 0, 0, "")));
        assertEquals("Save finished", ProgressWords.phase(new SyncProgress(Operation.SAVE, Phase.DONE, 0, 0, 0, 0, "")));
    }

    @Test
    void sizes() {
        assertEquals("900 B", ProgressWords.size(900));
        assertEquals("2 KB", ProgressWords.size(2048));
        assertEquals("1.5 MB", ProgressWords.size(1_572_864));
        assertEquals("2.00 GB", ProgressWords.size(2L * 1024 * 1024 * 1024));
    }

    @Test
    void whatIsNotOnTheWebInTheStatusBar() {
        assertEquals("Everything is on the web", ProgressWords.pending(0, 0));
        assertEquals("1 change not on the web yet", ProgressWords.pending(1, 0));
        assertEquals("3 changes and 1 photo not on the web yet", ProgressWords.pending(3, 1));
        assertEquals("2 photos not on the web yet", ProgressWords.pending(0, 2));
    }
}
