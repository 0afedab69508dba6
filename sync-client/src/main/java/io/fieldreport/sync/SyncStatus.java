package io.fieldreport.sync;

import java.time.Instant;
import java.util.UUID;

/**
 * The Syncing Status page's numbers, for one inspection or (with a {@code null} id) for the whole
 * laptop, read from the same tables that Save and Sync work from. After a successful Sync,
 * {@code changesToUpload}, {@code photosToUpload} and {@code photosToDownload} are 0.
 *
 * <p>For the whole laptop, {@code lastSave}, {@code lastSync}, {@code lastForceSync} and
 * {@code lastVerify} are the most recent of any inspection on it; {@code lastVerifyMatched} is true
 * only if the latest verify of every inspection that was verified matched (so one that differs is
 * never hidden behind another that matched), and null if none was verified. {@code lastError} is the
 * last operation's error: it stays until an operation that pushes (Save, Sync, Force Sync) succeeds;
 * a Verify or a download that succeeds leaves it.
 */
public record SyncStatus(UUID inspectionId, int changesToUpload, int photosToUpload, int photosToDownload,
                         Instant lastSave, Instant lastSync, Instant lastForceSync, Instant lastVerify,
                         Boolean lastVerifyMatched, String lastError, int openConflicts, int rejectedChanges,
                         long clockOffsetMillis) {

    /** How far the laptop's clock may be off before the status says so. */
    public static final long CLOCK_OFF_THRESHOLD_MILLIS = 120_000;

    public boolean clockOff() {
        return Math.abs(clockOffsetMillis) > CLOCK_OFF_THRESHOLD_MILLIS;
    }

    public boolean allOnWeb() {
        return changesToUpload == 0 && photosToUpload == 0;
    }
}
