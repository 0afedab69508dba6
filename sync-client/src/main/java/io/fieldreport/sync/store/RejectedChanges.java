package io.fieldreport.sync.store;

import io.fieldreport.sync.protocol.WireCodec;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The visible list of changes the web rejected for good. */
public final class RejectedChanges {

    private static final String INSERT = """
            INSERT INTO rejected_changes(change_id, inspection_id, entity, entity_id, payload, reason, message, rejected_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(change_id) DO NOTHING""";
    private static final String SELECT = """
            SELECT change_id, inspection_id, entity, entity_id, reason, message, rejected_at, acknowledged
            FROM rejected_changes""";
    private static final String ACK = "UPDATE rejected_changes SET acknowledged = 1 WHERE change_id = ?";

    private final Database db;
    private final WireCodec codec;

    public RejectedChanges(Database db, WireCodec codec) {
        this.db = db;
        this.codec = codec;
    }

    /** How many refused changes are still listed (not acknowledged): their edits are only on this laptop. */
    public int countListed() {
        return db.read(c -> {
            try (var s = c.createStatement();
                 var rs = s.executeQuery("SELECT count(*) FROM rejected_changes WHERE acknowledged = 0")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    void add(Connection c, OutboxEntry entry, String reason, String message, long now) throws SQLException {
        var change = entry.change();
        try (var ps = c.prepareStatement(INSERT)) {
            ps.setString(1, entry.changeId().toString());
            ps.setString(2, entry.inspectionId().toString());
            ps.setString(3, change.comment() != null ? "comment" : "photo");
            ps.setString(4, change.entityId().toString());
            ps.setString(5, codec.encode(change.comment() != null ? change.comment() : change.photo()));
            ps.setString(6, reason);
            ps.setString(7, message == null ? reason : message);
            ps.setLong(8, now);
            ps.executeUpdate();
        }
    }

    /**
     * Moves a queued change to this list without sending it: the laptop knows the web could never
     * take it (its photo bytes were refused, or are missing or damaged here). One transaction; does
     * nothing if a newer edit replaced the change meanwhile (that one is judged when it is sent).
     *
     * @return whether the change was moved
     */
    public boolean rejectQueued(Outbox outbox, OutboxEntry entry, String reason, String message, long now) {
        return db.transaction(c -> {
            if (!outbox.acknowledge(c, entry.changeId())) {
                return false;
            }
            add(c, entry, reason, message, now);
            return true;
        });
    }

    /** Rejected changes, newest first; with {@code unacknowledgedOnly}, those still to be seen. */
    public List<RejectedChange> list(boolean unacknowledgedOnly) {
        return db.read(c -> {
            String sql = SELECT + (unacknowledgedOnly ? " WHERE acknowledged = 0" : "") + " ORDER BY rejected_at DESC";
            List<RejectedChange> out = new ArrayList<>();
            try (var ps = c.prepareStatement(sql); var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new RejectedChange(UUID.fromString(rs.getString(1)), UUID.fromString(rs.getString(2)),
                            rs.getString(3), UUID.fromString(rs.getString(4)), rs.getString(5), rs.getString(6),
                            java.time.Instant.ofEpochMilli(rs.getLong(7)), rs.getInt(8) == 1));
                }
            }
            return out;
        });
    }

    public void acknowledge(UUID changeId) {
        db.transaction(c -> {
            try (var ps = c.prepareStatement(ACK)) {
                ps.setString(1, changeId.toString());
                ps.executeUpdate();
            }
            return null;
        });
    }
}
