package io.fieldreport.web.storage;

import io.fieldreport.sync.protocol.ChangeOutcome;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The change ids the web has applied (or superseded) in each inspection, written in the same
 * transaction as the change itself: a change is either applied and recorded, or neither. Kept indefinitely, which is more
 * than the protocol's "at least 30 days".
 */
public final class AppliedChanges {

    private static final String FIND = """
            SELECT entity, entity_id, outcome, lost_fields FROM applied_changes
            WHERE inspection_id = ? AND change_id = ?""";
    private static final String INSERT = """
            INSERT INTO applied_changes (change_id, inspection_id, entity, entity_id, outcome, lost_fields,
                                         device_id, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

    /** The first outcome of this change id in this inspection; the same id in another inspection is another change. */
    public Optional<RecordedOutcome> find(Connection c, UUID inspectionId, UUID changeId) throws SQLException {
        return Rows.one(c, FIND, rs -> {
            String lost = rs.getString("lost_fields");
            return new RecordedOutcome(rs.getString("entity"), UUID.fromString(rs.getString("entity_id")),
                    ChangeOutcome.valueOf(rs.getString("outcome").toUpperCase(Locale.ROOT)),
                    lost.isEmpty() ? List.of() : Arrays.asList(lost.split(",")));
        }, inspectionId.toString(), changeId.toString());
    }

    public void record(Connection c, UUID changeId, UUID inspectionId, String deviceId, RecordedOutcome outcome,
                       long now) throws SQLException {
        try (var s = c.prepareStatement(INSERT)) {
            s.setString(1, changeId.toString());
            s.setString(2, inspectionId.toString());
            s.setString(3, outcome.entity());
            s.setString(4, outcome.entityId().toString());
            s.setString(5, outcome.outcome().name().toLowerCase(Locale.ROOT));
            s.setString(6, String.join(",", outcome.lostFields()));
            s.setString(7, deviceId);
            s.setLong(8, now);
            s.executeUpdate();
        }
    }
}
