package io.fieldreport.sync.store;

import io.fieldreport.sync.clock.HybridClock;
import io.fieldreport.sync.clock.Stamp;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Collection;
import java.util.function.BooleanSupplier;
import java.util.HexFormat;
import java.util.List;

/**
 * One inspector's data folder: {@code fieldreport.db} (inspections, comments, outbox, history,
 * settings) and {@code photos/} (bytes by hash). The CLI and the desktop app open the same format.
 * The device id is made once, when the profile is created, and names this laptop in every stamp.
 */
public final class Profile implements AutoCloseable {

    public static final String DATABASE_FILE = "fieldreport.db";
    public static final String PHOTOS_FOLDER = "photos";

    /** Every table that holds work, each listed before the tables its foreign keys point at. */
    private static final List<String> WORK_TABLES = List.of("history", "rejected_changes", "outbox", "sync_state",
            "photo_originals", "photos", "photo_files", "comments", "items", "sections", "inspections");
    private static final String OPEN_INSPECTION = "inspection.open";

    private final Path dir;
    private final Database db;
    private final PhotoFiles photos;
    private final Settings settings;
    private final HybridClock clock;

    private Profile(Path dir, Database db, PhotoFiles photos, Settings settings, HybridClock clock) {
        this.dir = dir;
        this.db = db;
        this.photos = photos;
        this.settings = settings;
        this.clock = clock;
    }

    public static Profile open(Path dir, Clock wall) {
        Database db = Database.open(dir.resolve(DATABASE_FILE), Migrations.all());
        try {
            Settings settings = new Settings(db);
            String device = db.transaction(c -> {
                var existing = Settings.get(c, Settings.DEVICE_ID);
                if (existing.isPresent()) {
                    return existing.get();
                }
                String made = newDeviceId();
                Settings.put(c, Settings.DEVICE_ID, made);
                return made;
            });
            Stamp highWater = settings.get(Settings.CLOCK_HIGH_WATER).map(Stamp::parse).orElse(null);
            if (highWater != null && !highWater.device().equals(device)) {
                highWater = new Stamp(highWater.millis(), highWater.counter(), device);
            }
            HybridClock clock = new HybridClock(wall, device, highWater);
            settings.get(Settings.CLOCK_OFFSET).map(Long::parseLong).ifPresent(clock::setOffsetMillis);
            return new Profile(dir, db, new PhotoFiles(dir.resolve(PHOTOS_FOLDER)), settings, clock);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static String newDeviceId() {
        byte[] bytes = new byte[6];
        new SecureRandom().nextBytes(bytes);
        return "lap-" + HexFormat.of().formatHex(bytes);
    }

    /**
     * Removes every inspection and its work from this profile (sign-out): rows and photo files,
     * together with the named settings (the credentials), in one transaction: all of it or, on any
     * failure, none of it. Photo files are deleted only after the rows that name them are gone, so a
     * failure there leaves unused files, never a row without its bytes. The device id and the
     * clock's high-water mark stay, so stamps keep rising.
     */
    public void wipeWork(Collection<String> settingsToRemove) {
        wipeWork(settingsToRemove, () -> true);
    }

    /**
     * As {@link #wipeWork(Collection)}, but only if {@code allowed} says so when asked inside the
     * wipe's transaction: what it reads then cannot change before the wipe (no edit can be queued in
     * between, by this process or another), so a check for unsent work cannot miss one.
     *
     * @return whether the work was wiped; when not, nothing changed
     */
    public boolean wipeWork(Collection<String> settingsToRemove, BooleanSupplier allowed) {
        boolean wiped = db.transaction(c -> {
            if (!allowed.getAsBoolean()) {
                return false;
            }
            try (var s = c.createStatement()) {
                // Children before the rows their foreign keys name.
                for (String table : WORK_TABLES) {
                    s.executeUpdate("DELETE FROM " + table);
                }
            }
            Settings.remove(c, OPEN_INSPECTION);
            for (String key : settingsToRemove) {
                Settings.remove(c, key);
            }
            return true;
        });
        if (wiped) {
            photos.deleteAll();
        }
        return wiped;
    }

    public Path dir() {
        return dir;
    }

    public Database db() {
        return db;
    }

    public PhotoFiles photos() {
        return photos;
    }

    public Settings settings() {
        return settings;
    }

    public HybridClock clock() {
        return clock;
    }

    public String deviceId() {
        return clock.device();
    }

    @Override
    public void close() {
        db.close();
    }
}
