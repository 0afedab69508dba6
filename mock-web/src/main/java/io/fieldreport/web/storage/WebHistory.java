package io.fieldreport.web.storage;

import io.fieldreport.sync.clock.Stamp;
import io.fieldreport.sync.clock.Stamped;
import io.fieldreport.sync.protocol.PhotoContent;
import io.fieldreport.sync.protocol.Rating;
import io.fieldreport.sync.protocol.RecordMerge;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * Every field version that lost a merge at the web, whichever side it came from. The same losing
 * edit is kept once, however often it is replayed.
 */
public final class WebHistory {

    public static final String COMMENT = "comment";
    public static final String PHOTO = "photo";

    private static final String INSERT = """
            INSERT OR IGNORE INTO history (inspection_id, entity, entity_id, field, value, stamp, author,
                                           winner_stamp, winner_author, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String OF = """
            SELECT field, value, stamp, author, winner_stamp, winner_author, recorded_at
            FROM history WHERE entity_id = ? ORDER BY id""";

    public void keep(Connection c, UUID inspectionId, String entity, UUID entityId, List<RecordMerge.Loss> losses,
                     long now) throws SQLException {
        if (losses.isEmpty()) {
            return;
        }
        try (var s = c.prepareStatement(INSERT)) {
            for (RecordMerge.Loss loss : losses) {
                s.setString(1, inspectionId.toString());
                s.setString(2, entity);
                s.setString(3, entityId.toString());
                s.setString(4, loss.field());
                s.setString(5, text(loss.loser()));
                s.setString(6, loss.loser().stamp().toString());
                s.setString(7, loss.loser().author());
                s.setString(8, loss.winner().stamp().toString());
                s.setString(9, loss.winner().author());
                s.setLong(10, now);
                s.executeUpdate();
            }
        }
    }

    public List<WebHistoryEntry> of(Connection c, UUID entityId) throws SQLException {
        return Rows.list(c, OF, rs -> new WebHistoryEntry(rs.getString("field"), rs.getString("value"),
                Stamp.parse(rs.getString("stamp")), rs.getString("author"),
                Stamp.parse(rs.getString("winner_stamp")), rs.getString("winner_author"),
                rs.getLong("recorded_at")), entityId.toString());
    }

    private static String text(Stamped<?> version) {
        Object v = version.value();
        if (v == null) {
            return null;
        }
        if (v instanceof Rating r) {
            return r.wireName();
        }
        if (v instanceof PhotoContent p) {
            return p.sha256() + ":" + p.size();
        }
        return v.toString();
    }
}
