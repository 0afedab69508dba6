package io.fieldreport.web.storage;

import io.fieldreport.sync.protocol.InspectionRecord;
import io.fieldreport.sync.protocol.InspectionStatus;
import io.fieldreport.sync.protocol.Role;
import io.fieldreport.sync.protocol.UserRecord;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Inspections, who is assigned to them, and each one's change sequence. */
public final class Inspections {

    private static final String INSERT = """
            INSERT INTO inspections (id, address, client_name, scheduled_date, template, status, created_at)
            VALUES (?, ?, ?, ?, ?, 'scheduled', ?)""";
    private static final String COLUMNS = """
            SELECT id, address, client_name, scheduled_date, status, change_seq, published_at, published_by
            FROM inspections""";
    private static final String BY_ID = COLUMNS + " WHERE id = ?";
    private static final String ORDER = " ORDER BY scheduled_date IS NULL, scheduled_date, address, id";
    private static final String ALL = COLUMNS + ORDER;
    private static final String ASSIGNED_TO = COLUMNS
            + " WHERE id IN (SELECT inspection_id FROM assignments WHERE user_id = ?)" + ORDER;
    private static final String INSPECTOR_NAMES = """
            SELECT u.name FROM assignments a JOIN users u ON u.id = a.user_id
            WHERE a.inspection_id = ? ORDER BY a.assigned_at, u.name""";
    private static final String ASSIGN = """
            INSERT OR IGNORE INTO assignments (inspection_id, user_id, assigned_at) VALUES (?, ?, ?)""";
    private static final String IS_ASSIGNED = """
            SELECT 1 FROM assignments WHERE inspection_id = ? AND user_id = ?""";
    private static final String BUMP_SEQ = """
            UPDATE inspections SET change_seq = change_seq + 1 WHERE id = ?""";
    private static final String SEQ = """
            SELECT change_seq FROM inspections WHERE id = ?""";
    private static final String MANIFEST_EPOCH = "SELECT manifest_epoch FROM inspections WHERE id = ?";
    private static final String START = """
            UPDATE inspections SET status = 'in_progress' WHERE id = ? AND status = 'scheduled'""";
    private static final String PUBLISH = """
            UPDATE inspections SET status = 'published', published_at = ?, published_by = ?
            WHERE id = ? AND status <> 'published'""";

    public void insert(Connection c, UUID id, String address, String clientName, LocalDate date,
                       String template, long now) throws SQLException {
        try (var s = c.prepareStatement(INSERT)) {
            s.setString(1, id.toString());
            s.setString(2, address);
            s.setString(3, clientName);
            if (date == null) {
                s.setNull(4, Types.VARCHAR);
            } else {
                s.setString(4, date.toString());
            }
            s.setString(5, template);
            s.setLong(6, now);
            s.executeUpdate();
        }
    }

    /**
     * The inspection's manifest epoch: triggers (WebSchema version 2) move it at every write to its
     * comments or photos; -1 for an unknown inspection.
     */
    public long manifestEpoch(Connection c, UUID id) throws SQLException {
        try (var ps = c.prepareStatement(MANIFEST_EPOCH)) {
            ps.setString(1, id.toString());
            try (var rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }

    public Optional<InspectionRow> find(Connection c, UUID id) throws SQLException {
        return Rows.one(c, BY_ID, rs -> row(c, rs), id.toString());
    }

    /** Every inspection on the web, by scheduled date. */
    public List<InspectionRecord> all(Connection c) throws SQLException {
        return Rows.list(c, ALL, rs -> row(c, rs)).stream().map(InspectionRow::record).toList();
    }

    /** Every inspection for an office user; the assigned ones for an inspector; by scheduled date. */
    public List<InspectionRecord> visibleTo(Connection c, UserRecord user) throws SQLException {
        if (user.role() == Role.OFFICE) {
            return all(c);
        }
        return Rows.list(c, ASSIGNED_TO, rs -> row(c, rs), user.id()).stream().map(InspectionRow::record).toList();
    }

    public void assign(Connection c, UUID inspectionId, String userId, long now) throws SQLException {
        Rows.update(c, ASSIGN, inspectionId.toString(), userId, now);
    }

    public boolean isAssigned(Connection c, UUID inspectionId, String userId) throws SQLException {
        return Rows.one(c, IS_ASSIGNED, rs -> true, inspectionId.toString(), userId).isPresent();
    }

    /** Takes the inspection's next change sequence number; call inside the transaction that stores the change. */
    public long nextSequence(Connection c, UUID inspectionId) throws SQLException {
        if (Rows.update(c, BUMP_SEQ, inspectionId.toString()) != 1) {
            throw new SQLException("no inspection " + inspectionId);
        }
        return Rows.one(c, SEQ, rs -> rs.getLong(1), inspectionId.toString()).orElseThrow();
    }

    /** The first change that lands moves a scheduled inspection to in progress. */
    public void markStarted(Connection c, UUID inspectionId) throws SQLException {
        Rows.update(c, START, inspectionId.toString());
    }

    /** @return false when it was already published */
    public boolean publish(Connection c, UUID inspectionId, long now, String byName) throws SQLException {
        return Rows.update(c, PUBLISH, now, byName, inspectionId.toString()) == 1;
    }

    private InspectionRow row(Connection c, ResultSet rs) throws SQLException {
        UUID id = UUID.fromString(rs.getString("id"));
        String date = rs.getString("scheduled_date");
        long publishedAt = rs.getLong("published_at");
        Long published = rs.wasNull() ? null : publishedAt;
        var record = new InspectionRecord(id, rs.getString("address"), rs.getString("client_name"),
                date == null ? null : LocalDate.parse(date),
                InspectionStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)), inspectorNames(c, id));
        return new InspectionRow(record, rs.getLong("change_seq"), published, rs.getString("published_by"));
    }

    private static List<String> inspectorNames(Connection c, UUID id) throws SQLException {
        return Rows.list(c, INSPECTOR_NAMES, rs -> rs.getString(1), id.toString());
    }
}
