package io.fieldreport.sync.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** The profile's settings: small named values kept in the profile database. */
public final class Settings {

    public static final String DEVICE_ID = "device.id";
    public static final String CLOCK_HIGH_WATER = "clock.highWater";
    public static final String CLOCK_OFFSET = "clock.offsetMillis";

    private static final String GET = "SELECT value FROM settings WHERE key = ?";
    private static final String PUT = """
            INSERT INTO settings(key, value) VALUES (?, ?)
            ON CONFLICT(key) DO UPDATE SET value = excluded.value""";
    private static final String REMOVE = "DELETE FROM settings WHERE key = ?";

    private final Database db;

    public Settings(Database db) {
        this.db = db;
    }

    public Optional<String> get(String key) {
        return db.read(c -> get(c, key));
    }

    public void put(String key, String value) {
        db.transaction(c -> {
            put(c, key, value);
            return null;
        });
    }

    public void remove(String key) {
        db.transaction(c -> {
            remove(c, key);
            return null;
        });
    }

    public int getInt(String key, int fallback) {
        return get(key).map(Integer::parseInt).orElse(fallback);
    }

    public boolean getBoolean(String key, boolean fallback) {
        return get(key).map(Boolean::parseBoolean).orElse(fallback);
    }

    static Optional<String> get(Connection c, String key) throws SQLException {
        try (var ps = c.prepareStatement(GET)) {
            ps.setString(1, key);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    static void remove(Connection c, String key) throws SQLException {
        try (var ps = c.prepareStatement(REMOVE)) {
            ps.setString(1, key);
            ps.executeUpdate();
        }
    }

    static void put(Connection c, String key, String value) throws SQLException {
        try (var ps = c.prepareStatement(PUT)) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }
}
