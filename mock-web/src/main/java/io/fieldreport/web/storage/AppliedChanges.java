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
 * The change ids the web has applied (or superseded), written in the same transaction as the change
 * itself: a change is either applied and recorded, or neither. Kept indefinitely, which is more
 * than the protocol's "at least 30 days".
 */
public final class AppliedChanges {

    private static final String FIND = """
            SELECT entity, entity_id, outcome, lost_fields FROM applied_changes WHERE change_id = ?""";
    private static final String INSERT = """
            INSERT INTO applied_changes (change_id, inspection_id, entity, entity_id, outcome, lost_fields,
                                         device_id, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String COUNT = "SELECT count(*) FROM applied_changes WHERE inspection_id = ?";

    public Optional<RecordedOutcome> find(Connection c, UUID changeId) throws SQLException {
        try (var s = c.prepareStatement(FIND)) {
            s.setString(1, changeId.toString());
            try (var rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String lost = rs.getString("lost_fields");
                return Optional.of(new RecordedOutcome(rs.getString("entity"), UUID.fromString(rs.getString("entity_id")),
                        ChangeOutcome.valueOf(rs.getString("outcome").toUpperCase(Locale.ROOT)),
                        lost.isEmpty() ? List.of() : Arrays.asList(lost.split(","))));
            }
        }
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

    public long countFor(Connection c, UUID inspectionId) throws SQLException {
        try (var s = c.prepareStatement(COUNT)) {
            s.setString(1, inspectionId.toString());
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
