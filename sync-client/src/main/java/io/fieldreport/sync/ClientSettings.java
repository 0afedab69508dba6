package io.fieldreport.sync;

/**
 * The inspector's sync settings, kept in the profile.
 *
 * @param autoSyncMinutes  minutes between automatic syncs (0 turns auto-sync off)
 * @param workOffline      no automatic sync at all; manual Save and Sync still work
 * @param photoQuality     how photos are sent
 * @param lockWaitSeconds  how long a Sync waits for another inspector's sync lock before giving up
 */
public record ClientSettings(int autoSyncMinutes, boolean workOffline, PhotoQuality photoQuality, int lockWaitSeconds) {

    public static final ClientSettings DEFAULTS = new ClientSettings(10, false, PhotoQuality.ORIGINAL, 120);

    public ClientSettings {
        if (autoSyncMinutes < 0 || autoSyncMinutes > 24 * 60) {
            throw new IllegalArgumentException("the auto-sync interval must be 0 to 1440 minutes, not " + autoSyncMinutes);
        }
        if (lockWaitSeconds < 0 || lockWaitSeconds > 3600) {
            throw new IllegalArgumentException("the lock wait must be 0 to 3600 seconds, not " + lockWaitSeconds);
        }
    }
}
