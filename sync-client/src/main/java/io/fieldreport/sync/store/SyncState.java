package io.fieldreport.sync.store;

import java.time.Instant;
import java.util.UUID;

/** What this laptop remembers about syncing one inspection. Times are absent until it first happened. */
public record SyncState(UUID inspectionId, String pullCursor, Instant lastSave, Instant lastSync,
                        Instant lastForceSync, Instant lastVerify, Boolean lastVerifyMatched,
                        String lastError, String lockId) {

    public static SyncState empty(UUID inspectionId) {
        return new SyncState(inspectionId, null, null, null, null, null, null, null, null);
    }

    /** True once a pull has completed at least one page: the inspection has been downloaded. */
    public boolean everPulled() {
        return pullCursor != null;
    }
}
