package io.fieldreport.sync;

import io.fieldreport.sync.store.Settings;
import java.util.Optional;
import java.util.UUID;

/** Reads and writes the inspector's {@link ClientSettings} and the open inspection in the profile. */
final class SettingsStore {

    private static final String AUTO_SYNC = "sync.autoMinutes";
    private static final String OFFLINE = "sync.workOffline";
    private static final String QUALITY = "photo.quality";
    private static final String LOCK_WAIT = "sync.lockWaitSeconds";
    private static final String OPEN = "inspection.open";

    private final Settings settings;

    SettingsStore(Settings settings) {
        this.settings = settings;
    }

    ClientSettings load() {
        var d = ClientSettings.DEFAULTS;
        return new ClientSettings(settings.getInt(AUTO_SYNC, d.autoSyncMinutes()),
                settings.getBoolean(OFFLINE, d.workOffline()),
                settings.get(QUALITY).map(PhotoQuality::parse).orElse(d.photoQuality()),
                settings.getInt(LOCK_WAIT, d.lockWaitSeconds()));
    }

    void save(ClientSettings s) {
        settings.put(AUTO_SYNC, Integer.toString(s.autoSyncMinutes()));
        settings.put(OFFLINE, Boolean.toString(s.workOffline()));
        settings.put(QUALITY, s.photoQuality().toString());
        settings.put(LOCK_WAIT, Integer.toString(s.lockWaitSeconds()));
    }

    Optional<UUID> openInspection() {
        return settings.get(OPEN).map(UUID::fromString);
    }

    void setOpenInspection(UUID id) {
        settings.put(OPEN, id.toString());
    }
}
