package io.fieldreport.sync.store;

import io.fieldreport.sync.clock.Stamp;
import io.fieldreport.sync.protocol.Change;
import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.sync.protocol.PhotoRecord;
import io.fieldreport.sync.protocol.RecordMerge;
import io.fieldreport.sync.protocol.WireCodec;
import io.fieldreport.sync.protocol.WireFormatException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Every local change the web has not acknowledged. An entry is written in the same transaction as
 * the edit it records and leaves only when the web answers for its change id, so a Save cut off
 * half-way resends the rest next time.
 *
 * <p>There is one entry per comment or photo: a later edit merges into the pending entry (latest
 * edit wins per field) and gets a new change id, keeping the entry's place in the queue. An
 * acknowledgement of the old change id then matches nothing, so an edit made while its predecessor
 * was in flight is never dropped.
 */
public final class Outbox {

    private static final String FIND = "SELECT seq, payload, entity FROM outbox WHERE entity_id = ?";
    private static final String INSERT = """
            INSERT INTO outbox(change_id, inspection_id, entity, entity_id, payload, stamp, queued_at, resent)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
    // An edit merged into an entry Force Sync queued makes it real work again (resent = 0); Force Sync
    // merging into a pending edit keeps it real work (resent stays as it was).
    private static final String REPLACE = """
            UPDATE outbox SET change_id = ?, payload = ?, stamp = ?, attempts = 0, last_error = NULL,
                              resent = resent AND ?
            WHERE seq = ?""";
    private static final String SELECT = """
            SELECT seq, change_id, inspection_id, entity, payload, attempts, last_error, resent FROM outbox""";
    private static final String DELETE = "DELETE FROM outbox WHERE change_id = ?";
    private static final String FAILED = "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE change_id = ?";
    private static final String COUNT = "SELECT count(*) FROM outbox";

    private final Database db;
    private final WireCodec codec;
    private final Clock wall;

    public Outbox(Database db, WireCodec codec, Clock wall) {
        this.db = db;
        this.codec = codec;
        this.wall = wall;
    }

    /** Queues a comment change, merging it into a pending change of the same comment. */
    void enqueue(Connection c, UUID inspectionId, CommentRecord change, Stamp stamp) throws SQLException {
        enqueue(c, inspectionId, change, stamp, false);
    }

    /**
     * Queues a comment change; {@code resent} when it is Force Sync's copy of what the web already
     * acknowledged rather than a new edit.
     */
    void enqueue(Connection c, UUID inspectionId, CommentRecord change, Stamp stamp, boolean resent)
            throws SQLException {
        Optional<Pending> pending = findPending(c, change.id());
        CommentRecord merged = pending.isEmpty() ? change
                : RecordMerge.merge(decode(pending.get().payload, CommentRecord.class), change).merged();
        write(c, pending, inspectionId, "comment", change.id(), codec.encode(merged), stamp, resent);
    }

    /** Queues a photo change, merging it into a pending change of the same photo. */
    void enqueue(Connection c, UUID inspectionId, PhotoRecord change, Stamp stamp) throws SQLException {
        enqueue(c, inspectionId, change, stamp, false);
    }

    /** Queues a photo change; {@code resent} as for comments. */
    void enqueue(Connection c, UUID inspectionId, PhotoRecord change, Stamp stamp, boolean resent)
            throws SQLException {
        Optional<Pending> pending = findPending(c, change.id());
        PhotoRecord merged = pending.isEmpty() ? change
                : RecordMerge.merge(decode(pending.get().payload, PhotoRecord.class), change).merged();
        write(c, pending, inspectionId, "photo", change.id(), codec.encode(merged), stamp, resent);
    }

    /** Pending entries in queue order, of one inspection or (with {@code null}) of all. */
    public List<OutboxEntry> pending(UUID inspectionId, long afterSeq, int limit) {
        return pending(inspectionId, null, afterSeq, limit);
    }

    /**
     * Pending entries of one kind ({@code "comment"} or {@code "photo"}; {@code null} for both) in
     * queue order, of one inspection or (with {@code null}) of all.
     */
    public List<OutboxEntry> pending(UUID inspectionId, String entity, long afterSeq, int limit) {
        return db.read(c -> {
            String sql = SELECT + " WHERE seq > ?" + (inspectionId == null ? "" : " AND inspection_id = ?")
                    + (entity == null ? "" : " AND entity = ?") + " ORDER BY seq LIMIT ?";
            try (var ps = c.prepareStatement(sql)) {
                int i = 1;
                ps.setLong(i++, afterSeq);
                if (inspectionId != null) {
                    ps.setString(i++, inspectionId.toString());
                }
                if (entity != null) {
                    ps.setString(i++, entity);
                }
                ps.setInt(i, limit);
                List<OutboxEntry> out = new ArrayList<>();
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(entry(rs));
                    }
                }
                return out;
            }
        });
    }

    /** The pending change of one comment or photo, if any. */
    public Optional<OutboxEntry> pendingFor(UUID entityId) {
        return db.read(c -> pendingFor(c, entityId));
    }

    Optional<OutboxEntry> pendingFor(Connection c, UUID entityId) throws SQLException {
        try (var ps = c.prepareStatement(SELECT + " WHERE entity_id = ?")) {
            ps.setString(1, entityId.toString());
            try (var rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(entry(rs)) : Optional.empty();
            }
        }
    }

    /**
     * Removes the entry the web answered for. Returns false when the change id is no longer queued:
     * a newer edit merged into the entry meanwhile, and that edit still has to be sent.
     */
    public boolean acknowledge(Connection c, UUID changeId) throws SQLException {
        try (var ps = c.prepareStatement(DELETE)) {
            ps.setString(1, changeId.toString());
            return ps.executeUpdate() == 1;
        }
    }

    /**
     * Removes a Force Sync copy ({@link OutboxEntry#resent()}) that cannot be sent, without listing
     * it anywhere: it holds nothing the web had not acknowledged. Does nothing if an edit merged
     * into the entry meanwhile (then it has a new change id and is real work).
     */
    public boolean discardResent(UUID changeId) {
        return db.transaction(c -> {
            try (var ps = c.prepareStatement(DELETE + " AND resent = 1")) {
                ps.setString(1, changeId.toString());
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Notes a failed attempt on an entry that stays queued. */
    public void recordFailure(UUID changeId, String error) {
        db.transaction(c -> {
            try (var ps = c.prepareStatement(FAILED)) {
                ps.setString(1, error);
                ps.setString(2, changeId.toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The comments and photos of one inspection that have a change queued. */
    public java.util.Set<UUID> pendingEntities(UUID inspectionId) {
        return db.read(c -> {
            java.util.Set<UUID> out = new java.util.HashSet<>();
            try (var ps = c.prepareStatement("SELECT entity_id FROM outbox WHERE inspection_id = ?")) {
                ps.setString(1, inspectionId.toString());
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(UUID.fromString(rs.getString(1)));
                    }
                }
            }
            return out;
        });
    }

    /** Inspections with queued changes, in the order their oldest change was queued. */
    public List<UUID> inspectionsWithPending() {
        return db.read(c -> {
            List<UUID> out = new ArrayList<>();
            try (var ps = c.prepareStatement(
                    "SELECT inspection_id FROM outbox GROUP BY inspection_id ORDER BY min(seq)");
                 var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(UUID.fromString(rs.getString(1)));
                }
            }
            return out;
        });
    }

    public int count(UUID inspectionId) {
        return count(inspectionId, null);
    }

    /** Queued changes of one kind ({@code "comment"}, {@code "photo"}, or {@code null} for both). */
    public int count(UUID inspectionId, String entity) {
        return db.read(c -> {
            String sql = COUNT + " WHERE 1 = 1" + (inspectionId == null ? "" : " AND inspection_id = ?")
                    + (entity == null ? "" : " AND entity = ?");
            try (var ps = c.prepareStatement(sql)) {
                int i = 1;
                if (inspectionId != null) {
                    ps.setString(i++, inspectionId.toString());
                }
                if (entity != null) {
                    ps.setString(i, entity);
                }
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    private record Pending(long seq, String payload) {
    }

    private static Optional<Pending> findPending(Connection c, UUID entityId) throws SQLException {
        try (var ps = c.prepareStatement(FIND)) {
            ps.setString(1, entityId.toString());
            try (var rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Pending(rs.getLong(1), rs.getString(2))) : Optional.empty();
            }
        }
    }

    private void write(Connection c, Optional<Pending> pending, UUID inspectionId, String entity, UUID entityId,
                       String payload, Stamp stamp, boolean resent) throws SQLException {
        String changeId = UUID.randomUUID().toString();
        if (pending.isPresent()) {
            try (var ps = c.prepareStatement(REPLACE)) {
                ps.setString(1, changeId);
                ps.setString(2, payload);
                ps.setString(3, stamp.toString());
                ps.setInt(4, resent ? 1 : 0);
                ps.setLong(5, pending.get().seq);
                ps.executeUpdate();
            }
            return;
        }
        try (var ps = c.prepareStatement(INSERT)) {
            ps.setString(1, changeId);
            ps.setString(2, inspectionId.toString());
            ps.setString(3, entity);
            ps.setString(4, entityId.toString());
            ps.setString(5, payload);
            ps.setString(6, stamp.toString());
            ps.setLong(7, wall.millis());
            ps.setInt(8, resent ? 1 : 0);
            ps.executeUpdate();
        }
    }

    private OutboxEntry entry(ResultSet rs) throws SQLException {
        UUID changeId = UUID.fromString(rs.getString("change_id"));
        String payload = rs.getString("payload");
        Change change = "comment".equals(rs.getString("entity"))
                ? Change.of(changeId, decode(payload, CommentRecord.class))
                : Change.of(changeId, decode(payload, PhotoRecord.class));
        return new OutboxEntry(rs.getLong("seq"), UUID.fromString(rs.getString("inspection_id")), change,
                rs.getInt("attempts"), rs.getString("last_error"), rs.getInt("resent") == 1);
    }

    private <T> T decode(String payload, Class<T> type) {
        try {
            return codec.decode(payload, type);
        } catch (WireFormatException e) {
            throw new StoreException("An outbox entry is unreadable: " + e.getMessage(), e);
        }
    }
}
