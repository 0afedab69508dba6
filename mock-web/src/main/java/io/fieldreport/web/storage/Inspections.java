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
import java.util.ArrayList;
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

    public Optional<InspectionRow> find(Connection c, UUID id) throws SQLException {
        try (var s = c.prepareStatement(BY_ID)) {
            s.setString(1, id.toString());
            try (var rs = s.executeQuery()) {
                return rs.next() ? Optional.of(row(c, rs)) : Optional.empty();
            }
        }
    }

    /** Every inspection for an office user; the assigned ones for an inspector; by scheduled date. */
    public List<InspectionRecord> visibleTo(Connection c, UserRecord user) throws SQLException {
        List<InspectionRecord> out = new ArrayList<>();
        boolean office = user.role() == Role.OFFICE;
        try (var s = c.prepareStatement(office ? ALL : ASSIGNED_TO)) {
            if (!office) {
                s.setString(1, user.id());
            }
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(row(c, rs).record());
                }
            }
        }
        return out;
    }

    public void assign(Connection c, UUID inspectionId, String userId, long now) throws SQLException {
        try (var s = c.prepareStatement(ASSIGN)) {
            s.setString(1, inspectionId.toString());
            s.setString(2, userId);
            s.setLong(3, now);
            s.executeUpdate();
        }
    }

    public boolean isAssigned(Connection c, UUID inspectionId, String userId) throws SQLException {
        try (var s = c.prepareStatement(IS_ASSIGNED)) {
            s.setString(1, inspectionId.toString());
            s.setString(2, userId);
            try (var rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Takes the inspection's next change sequence number; call inside the transaction that stores the change. */
    public long nextSequence(Connection c, UUID inspectionId) throws SQLException {
        try (var s = c.prepareStatement(BUMP_SEQ)) {
            s.setString(1, inspectionId.toString());
            if (s.executeUpdate() != 1) {
                throw new SQLException("no inspection " + inspectionId);
            }
        }
        try (var s = c.prepareStatement(SEQ)) {
            s.setString(1, inspectionId.toString());
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The first change that lands moves a scheduled inspection to in progress. */
    public void markStarted(Connection c, UUID inspectionId) throws SQLException {
        try (var s = c.prepareStatement(START)) {
            s.setString(1, inspectionId.toString());
            s.executeUpdate();
        }
    }

    /** @return false when it was already published */
    public boolean publish(Connection c, UUID inspectionId, long now, String byName) throws SQLException {
        try (var s = c.prepareStatement(PUBLISH)) {
            s.setLong(1, now);
            s.setString(2, byName);
            s.setString(3, inspectionId.toString());
            return s.executeUpdate() == 1;
        }
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
        List<String> names = new ArrayList<>();
        try (var s = c.prepareStatement(INSPECTOR_NAMES)) {
            s.setString(1, id.toString());
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }
}
