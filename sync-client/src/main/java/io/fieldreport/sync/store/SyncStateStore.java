package io.fieldreport.sync.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Per-inspection sync state: the pull cursor, when each operation last succeeded, the last error. */
public final class SyncStateStore {

    private static final String SELECT = """
            SELECT inspection_id, pull_cursor, last_save_at, last_sync_at, last_force_sync_at, last_verify_at,
                   last_verify_matched, last_error, download_complete
            FROM sync_state WHERE inspection_id = ?""";
    private static final String SELECT_ALL = """
            SELECT inspection_id, pull_cursor, last_save_at, last_sync_at, last_force_sync_at, last_verify_at,
                   last_verify_matched, last_error, download_complete
            FROM sync_state""";
    private static final String ENSURE = "INSERT INTO sync_state(inspection_id) VALUES (?) ON CONFLICT DO NOTHING";
    private static final Set<String> COLUMNS = Set.of("pull_cursor", "last_save_at", "last_sync_at",
            "last_force_sync_at", "last_verify_at", "last_verify_matched", "last_error", "download_complete");

    private final Database db;

    public SyncStateStore(Database db) {
        this.db = db;
    }

    public SyncState get(UUID inspectionId) {
        return db.read(c -> get(c, inspectionId));
    }

    static SyncState get(Connection c, UUID inspectionId) throws SQLException {
        try (var ps = c.prepareStatement(SELECT)) {
            ps.setString(1, inspectionId.toString());
            try (var rs = ps.executeQuery()) {
                return rs.next() ? read(rs) : SyncState.empty(inspectionId);
            }
        }
    }

    /** Stores the cursor of a page; called in the transaction that applied the page. */
    static void setCursor(Connection c, UUID inspectionId, String cursor) throws SQLException {
        set(c, inspectionId, "pull_cursor", cursor);
    }

    public void resetCursor(UUID inspectionId) {
        update(inspectionId, "pull_cursor", null);
    }

    public void markSaved(UUID inspectionId, Instant at) {
        update(inspectionId, "last_save_at", at.toEpochMilli());
    }

    public void markSynced(UUID inspectionId, Instant at) {
        update(inspectionId, "last_sync_at", at.toEpochMilli());
    }

    /** The inspection's first download (or a Sync) pulled every page and its photos. */
    public void markDownloadComplete(UUID inspectionId) {
        update(inspectionId, "download_complete", 1);
    }

    /** The sync state of every inspection this laptop has synced at least once. */
    public List<SyncState> all() {
        return db.read(c -> {
            List<SyncState> out = new ArrayList<>();
            try (var ps = c.prepareStatement(SELECT_ALL); var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            return out;
        });
    }

    public void markForceSynced(UUID inspectionId, Instant at) {
        update(inspectionId, "last_force_sync_at", at.toEpochMilli());
    }

    public void markVerified(UUID inspectionId, Instant at, boolean matched) {
        db.transaction(c -> {
            set(c, inspectionId, "last_verify_at", at.toEpochMilli());
            set(c, inspectionId, "last_verify_matched", matched ? 1 : 0);
            return null;
        });
    }

    /** Records the last error, or clears it with {@code null} after a success. */
    public void setLastError(UUID inspectionId, String error) {
        update(inspectionId, "last_error", error);
    }

    /**
     * Runs {@code work}, calls of this store among it, in one transaction: an operation's closing
     * bookkeeping (verified, synced, saved, the last error) then waits for the disk once, not once
     * per fact. What it finds unchanged it leaves as it is, so writing it costs nothing.
     */
    public void together(Runnable work) {
        db.transaction(c -> {
            work.run();
            return null;
        });
    }

    private void update(UUID inspectionId, String column, Object value) {
        db.transaction(c -> {
            set(c, inspectionId, column, value);
            return null;
        });
    }

    private static void set(Connection c, UUID inspectionId, String column, Object value) throws SQLException {
        if (!COLUMNS.contains(column)) {
            throw new IllegalArgumentException(column);
        }
        try (var ps = c.prepareStatement(ENSURE)) {
            ps.setString(1, inspectionId.toString());
            ps.executeUpdate();
        }
        try (var ps = c.prepareStatement("UPDATE sync_state SET " + column + " = ? WHERE inspection_id = ?")) {
            ps.setObject(1, value);
            ps.setString(2, inspectionId.toString());
            ps.executeUpdate();
        }
    }

    private static SyncState read(ResultSet rs) throws SQLException {
        return new SyncState(UUID.fromString(rs.getString("inspection_id")), rs.getString("pull_cursor"),
                instant(rs, "last_save_at"), instant(rs, "last_sync_at"), instant(rs, "last_force_sync_at"),
                instant(rs, "last_verify_at"),
                rs.getObject("last_verify_matched") == null ? null : rs.getInt("last_verify_matched") == 1,
                rs.getString("last_error"), rs.getInt("download_complete") == 1);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }
}
