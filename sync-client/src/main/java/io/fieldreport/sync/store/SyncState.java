package io.fieldreport.sync.store;

import java.time.Instant;
import java.util.UUID;

/**
 * What this laptop remembers about syncing one inspection. Times are absent until it first happened.
 * {@code downloadComplete}: the first download (or a Sync) ran to its end, pulling every page and the
 * photos; until then, opening the inspection resumes the download.
 */
public record SyncState(UUID inspectionId, String pullCursor, Instant lastSave, Instant lastSync,
                        Instant lastForceSync, Instant lastVerify, Boolean lastVerifyMatched,
                        String lastError, boolean downloadComplete) {

    public static SyncState empty(UUID inspectionId) {
        return new SyncState(inspectionId, null, null, null, null, null, null, null, false);
    }

    /**
     * True once a pull has completed at least one page. That is not a whole download: a first
     * download cut after its first page has a cursor too; {@link #downloadComplete()} says whether
     * it ran to the end.
     */
    public boolean everPulled() {
        return pullCursor != null;
    }
}
