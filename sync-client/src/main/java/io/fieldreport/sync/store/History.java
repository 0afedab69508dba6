package io.fieldreport.sync.store;

import io.fieldreport.sync.clock.Stamp;
import io.fieldreport.sync.protocol.RecordMerge;
import io.fieldreport.sync.protocol.WireCodec;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps every field version that lost to a newer edit, so no typed text is ever lost. Recording the
 * same losing version twice (a push result and a later pull both report it) keeps one row.
 */
public final class History {

    private static final String INSERT = """
            INSERT INTO history(inspection_id, entity, entity_id, field, value, stamp, author,
                winner_value, winner_stamp, winner_author, recorded_at, conflict)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(entity_id, field, stamp) DO UPDATE SET
                winner_value = excluded.winner_value, winner_stamp = excluded.winner_stamp,
                winner_author = excluded.winner_author,
                conflict = CASE WHEN history.conflict = 'none' THEN excluded.conflict ELSE history.conflict END""";
    private static final String SELECT = """
            SELECT id, inspection_id, entity, entity_id, field, value, stamp, author, winner_value,
                   winner_stamp, winner_author, recorded_at, conflict FROM history""";
    private static final String SET_CONFLICT = "UPDATE history SET conflict = ? WHERE id = ?";

    private final Database db;
    private final WireCodec codec;

    public History(Database db, WireCodec codec) {
        this.db = db;
        this.codec = codec;
    }

    /** Keeps a losing version; {@code conflict} marks it as this laptop's own edit, to be resolved. */
    public void record(Connection c, UUID inspectionId, String entity, UUID entityId, RecordMerge.Loss loss,
                       boolean conflict, long now) throws SQLException {
        try (var ps = c.prepareStatement(INSERT)) {
            ps.setString(1, inspectionId.toString());
            ps.setString(2, entity);
            ps.setString(3, entityId.toString());
            ps.setString(4, loss.field());
            ps.setString(5, codec.encode(loss.loser().value()));
            ps.setString(6, loss.loser().stamp().toString());
            ps.setString(7, loss.loser().author());
            ps.setString(8, codec.encode(loss.winner().value()));
            ps.setString(9, loss.winner().stamp().toString());
            ps.setString(10, loss.winner().author());
            ps.setLong(11, now);
            ps.setString(12, (conflict ? HistoryEntry.Conflict.OPEN : HistoryEntry.Conflict.NONE).name()
                    .toLowerCase(Locale.ROOT));
            ps.executeUpdate();
        }
    }

    /** Every losing version of one comment or photo, oldest first. */
    public List<HistoryEntry> forEntity(UUID entityId) {
        return query(" WHERE entity_id = ? ORDER BY id", entityId.toString());
    }

    /** Conflicts still waiting for the inspector, of one inspection or (with {@code null}) of all. */
    public List<HistoryEntry> openConflicts(UUID inspectionId) {
        return inspectionId == null
                ? query(" WHERE conflict = 'open' ORDER BY id")
                : query(" WHERE conflict = 'open' AND inspection_id = ? ORDER BY id", inspectionId.toString());
    }

    public Optional<HistoryEntry> find(long id) {
        return db.read(c -> find(c, id));
    }

    Optional<HistoryEntry> find(Connection c, long id) throws SQLException {
        try (var ps = c.prepareStatement(SELECT + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** Records the inspector's decision on a conflict. */
    public void resolve(long id, HistoryEntry.Conflict state) {
        db.transaction(c -> {
            setConflict(c, id, state);
            return null;
        });
    }

    void setConflict(Connection c, long id, HistoryEntry.Conflict state) throws SQLException {
        try (var ps = c.prepareStatement(SET_CONFLICT)) {
            ps.setString(1, state.name().toLowerCase(Locale.ROOT));
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    private List<HistoryEntry> query(String where, String... args) {
        return db.read(c -> {
            try (var ps = c.prepareStatement(SELECT + where)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setString(i + 1, args[i]);
                }
                List<HistoryEntry> out = new ArrayList<>();
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(read(rs));
                    }
                }
                return out;
            }
        });
    }

    private static HistoryEntry read(ResultSet rs) throws SQLException {
        return new HistoryEntry(rs.getLong("id"), UUID.fromString(rs.getString("inspection_id")),
                rs.getString("entity"), UUID.fromString(rs.getString("entity_id")), rs.getString("field"),
                rs.getString("value"), Stamp.parse(rs.getString("stamp")), rs.getString("author"),
                rs.getString("winner_value"), Stamp.parse(rs.getString("winner_stamp")),
                rs.getString("winner_author"), rs.getLong("recorded_at"),
                HistoryEntry.Conflict.valueOf(rs.getString("conflict").toUpperCase(Locale.ROOT)));
    }
}
