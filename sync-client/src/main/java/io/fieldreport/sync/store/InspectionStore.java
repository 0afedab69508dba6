package io.fieldreport.sync.store;

import io.fieldreport.sync.protocol.InspectionDetail;
import io.fieldreport.sync.protocol.InspectionRecord;
import io.fieldreport.sync.protocol.InspectionStatus;
import io.fieldreport.sync.protocol.ItemRecord;
import io.fieldreport.sync.protocol.SectionRecord;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The inspections on this laptop, with their sections and items as the web sent them. */
public final class InspectionStore {

    private static final String UPSERT = """
            INSERT INTO inspections(id, address, client_name, scheduled_date, status, inspectors)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET address = excluded.address, client_name = excluded.client_name,
                scheduled_date = excluded.scheduled_date, status = excluded.status,
                inspectors = excluded.inspectors""";
    private static final String UPSERT_SECTION = """
            INSERT INTO sections(inspection_id, id, title, position) VALUES (?, ?, ?, ?)
            ON CONFLICT(inspection_id, id) DO UPDATE SET title = excluded.title, position = excluded.position""";
    private static final String UPSERT_ITEM = """
            INSERT INTO items(inspection_id, id, section_id, title, position) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(inspection_id, id) DO UPDATE SET section_id = excluded.section_id,
                title = excluded.title, position = excluded.position""";
    private static final String SELECT = """
            SELECT id, address, client_name, scheduled_date, status, inspectors FROM inspections""";
    private static final String SECTIONS = """
            SELECT s.id AS section_id, s.title AS section_title, i.id AS item_id, i.title AS item_title
            FROM sections s JOIN items i ON i.inspection_id = s.inspection_id AND i.section_id = s.id
            WHERE s.inspection_id = ? ORDER BY s.position, i.position""";
    private static final String HAS_ITEM = "SELECT 1 FROM items WHERE inspection_id = ? AND id = ?";

    private final Database db;

    public InspectionStore(Database db) {
        this.db = db;
    }

    /** Stores the inspection's header and its sections and items; items are never removed. */
    public void save(InspectionDetail detail) {
        db.transaction(c -> {
            saveHeader(c, detail.inspection());
            UUID id = detail.inspection().id();
            int sectionPos = 0;
            for (SectionRecord s : detail.sections()) {
                try (var ps = c.prepareStatement(UPSERT_SECTION)) {
                    ps.setString(1, id.toString());
                    ps.setString(2, s.id());
                    ps.setString(3, s.title());
                    ps.setInt(4, sectionPos++);
                    ps.executeUpdate();
                }
                try (var ps = c.prepareStatement(UPSERT_ITEM)) {
                    int itemPos = 0;
                    for (ItemRecord item : s.items()) {
                        ps.setString(1, id.toString());
                        ps.setString(2, item.id());
                        ps.setString(3, s.id());
                        ps.setString(4, item.title());
                        ps.setInt(5, itemPos++);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            return null;
        });
    }

    /** Updates the header of an inspection already here (a pull brings it with every page). */
    public static void saveHeader(Connection c, InspectionRecord r) throws SQLException {
        try (var ps = c.prepareStatement(UPSERT)) {
            ps.setString(1, r.id().toString());
            ps.setString(2, r.address());
            ps.setString(3, r.clientName());
            ps.setString(4, r.scheduledDate() == null ? null : r.scheduledDate().toString());
            ps.setString(5, r.status().name());
            ps.setString(6, String.join("\n", r.inspectors()));
            ps.executeUpdate();
        }
    }

    public List<InspectionRecord> list() {
        return db.read(c -> {
            List<InspectionRecord> out = new ArrayList<>();
            try (var ps = c.prepareStatement(SELECT + " ORDER BY scheduled_date, address");
                 var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(header(rs));
                }
            }
            return out;
        });
    }

    public Optional<InspectionRecord> find(UUID id) {
        return db.read(c -> find(c, id));
    }

    static Optional<InspectionRecord> find(Connection c, UUID id) throws SQLException {
        try (var ps = c.prepareStatement(SELECT + " WHERE id = ?")) {
            ps.setString(1, id.toString());
            try (var rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(header(rs)) : Optional.empty();
            }
        }
    }

    /** The inspection's sections with their items, in report order; empty for an unknown inspection. */
    public List<SectionRecord> sections(UUID inspectionId) {
        return db.read(c -> {
            Map<String, String> titles = new LinkedHashMap<>();
            Map<String, List<ItemRecord>> items = new LinkedHashMap<>();
            try (var ps = c.prepareStatement(SECTIONS)) {
                ps.setString(1, inspectionId.toString());
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String sectionId = rs.getString("section_id");
                        titles.putIfAbsent(sectionId, rs.getString("section_title"));
                        items.computeIfAbsent(sectionId, k -> new ArrayList<>())
                                .add(new ItemRecord(rs.getString("item_id"), rs.getString("item_title")));
                    }
                }
            }
            List<SectionRecord> out = new ArrayList<>();
            titles.forEach((id, title) -> out.add(new SectionRecord(id, title, items.get(id))));
            return out;
        });
    }

    static boolean hasItem(Connection c, UUID inspectionId, String itemId) throws SQLException {
        try (var ps = c.prepareStatement(HAS_ITEM)) {
            ps.setString(1, inspectionId.toString());
            ps.setString(2, itemId);
            try (var rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static InspectionRecord header(ResultSet rs) throws SQLException {
        String date = rs.getString("scheduled_date");
        String inspectors = rs.getString("inspectors");
        return new InspectionRecord(UUID.fromString(rs.getString("id")), rs.getString("address"),
                rs.getString("client_name"), date == null ? null : LocalDate.parse(date),
                InspectionStatus.valueOf(rs.getString("status")),
                inspectors.isEmpty() ? List.of() : Arrays.asList(inspectors.split("\n")));
    }
}
