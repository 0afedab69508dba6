package io.fieldreport.sync.store;

import io.fieldreport.sync.clock.Stamp;
import io.fieldreport.sync.clock.Stamped;
import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.sync.protocol.Rating;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads and writes rows of the {@code comments} table as complete {@link CommentRecord}s. */
final class CommentTable {

    private static final String COLUMNS = """
            id, inspection_id, item_id, created_stamp, text, text_stamp, text_author,
            rating, rating_stamp, rating_author, deleted, deleted_stamp, deleted_author""";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM comments";
    private static final String UPSERT = "INSERT INTO comments(" + COLUMNS + """
            ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET text = excluded.text, text_stamp = excluded.text_stamp,
                text_author = excluded.text_author, rating = excluded.rating,
                rating_stamp = excluded.rating_stamp, rating_author = excluded.rating_author,
                deleted = excluded.deleted, deleted_stamp = excluded.deleted_stamp,
                deleted_author = excluded.deleted_author""";
    private static final String INSPECTION_OF = "SELECT inspection_id FROM comments WHERE id = ?";

    private CommentTable() {
    }

    static Optional<CommentRecord> find(Connection c, UUID id) throws SQLException {
        try (var ps = c.prepareStatement(SELECT + " WHERE id = ?")) {
            ps.setString(1, id.toString());
            try (var rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    static Optional<UUID> inspectionOf(Connection c, UUID id) throws SQLException {
        try (var ps = c.prepareStatement(INSPECTION_OF)) {
            ps.setString(1, id.toString());
            try (var rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(UUID.fromString(rs.getString(1))) : Optional.empty();
            }
        }
    }

    /** Comments of an inspection (or of one item when {@code itemId} is given), oldest first. */
    static List<CommentRecord> list(Connection c, UUID inspectionId, String itemId) throws SQLException {
        String sql = SELECT + " WHERE inspection_id = ?" + (itemId == null ? "" : " AND item_id = ?")
                + " ORDER BY created_stamp, id";
        try (var ps = c.prepareStatement(sql)) {
            ps.setString(1, inspectionId.toString());
            if (itemId != null) {
                ps.setString(2, itemId);
            }
            List<CommentRecord> out = new ArrayList<>();
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            return out;
        }
    }

    static void upsert(Connection c, UUID inspectionId, CommentRecord r) throws SQLException {
        if (!r.isComplete()) {
            throw new IllegalArgumentException("comment " + r.id() + " is incomplete and cannot be stored");
        }
        try (var ps = c.prepareStatement(UPSERT)) {
            ps.setString(1, r.id().toString());
            ps.setString(2, inspectionId.toString());
            ps.setString(3, r.itemId());
            ps.setString(4, r.created().toString());
            ps.setString(5, r.text().value());
            ps.setString(6, r.text().stamp().toString());
            ps.setString(7, r.text().author());
            ps.setString(8, r.rating().value() == null ? null : r.rating().value().wireName());
            ps.setString(9, r.rating().stamp().toString());
            ps.setString(10, r.rating().author());
            ps.setInt(11, r.deleted().value() ? 1 : 0);
            ps.setString(12, r.deleted().stamp().toString());
            ps.setString(13, r.deleted().author());
            ps.executeUpdate();
        }
    }

    private static CommentRecord read(ResultSet rs) throws SQLException {
        String rating = rs.getString("rating");
        return new CommentRecord(UUID.fromString(rs.getString("id")), rs.getString("item_id"),
                Stamp.parse(rs.getString("created_stamp")),
                new Stamped<>(rs.getString("text"), Stamp.parse(rs.getString("text_stamp")),
                        rs.getString("text_author")),
                new Stamped<>(rating == null ? null : Rating.parse(rating),
                        Stamp.parse(rs.getString("rating_stamp")), rs.getString("rating_author")),
                new Stamped<>(rs.getInt("deleted") == 1, Stamp.parse(rs.getString("deleted_stamp")),
                        rs.getString("deleted_author")));
    }
}
