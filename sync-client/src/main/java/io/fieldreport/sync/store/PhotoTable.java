package io.fieldreport.sync.store;

import io.fieldreport.sync.clock.Stamp;
import io.fieldreport.sync.clock.Stamped;
import io.fieldreport.sync.protocol.PhotoContent;
import io.fieldreport.sync.protocol.PhotoRecord;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads and writes rows of the {@code photos} table as complete {@link PhotoRecord}s. */
final class PhotoTable {

    private static final String COLUMNS = """
            id, inspection_id, comment_id, created_stamp, sha256, size, content_stamp, content_author,
            caption, caption_stamp, caption_author, deleted, deleted_stamp, deleted_author""";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM photos";
    private static final String UPSERT = "INSERT INTO photos(" + COLUMNS + """
            ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET sha256 = excluded.sha256, size = excluded.size,
                content_stamp = excluded.content_stamp, content_author = excluded.content_author,
                caption = excluded.caption, caption_stamp = excluded.caption_stamp,
                caption_author = excluded.caption_author, deleted = excluded.deleted,
                deleted_stamp = excluded.deleted_stamp, deleted_author = excluded.deleted_author""";
    private static final String INSPECTION_OF = "SELECT inspection_id FROM photos WHERE id = ?";

    private PhotoTable() {
    }

    static Optional<PhotoRecord> find(Connection c, UUID id) throws SQLException {
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

    /** Photos of an inspection, or of one comment when {@code commentId} is given, oldest first. */
    static List<PhotoRecord> list(Connection c, UUID inspectionId, UUID commentId) throws SQLException {
        String sql = SELECT + " WHERE inspection_id = ?" + (commentId == null ? "" : " AND comment_id = ?")
                + " ORDER BY created_stamp, id";
        try (var ps = c.prepareStatement(sql)) {
            ps.setString(1, inspectionId.toString());
            if (commentId != null) {
                ps.setString(2, commentId.toString());
            }
            List<PhotoRecord> out = new ArrayList<>();
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            return out;
        }
    }

    static void upsert(Connection c, UUID inspectionId, PhotoRecord r) throws SQLException {
        if (!r.isComplete()) {
            throw new IllegalArgumentException("photo " + r.id() + " is incomplete and cannot be stored");
        }
        try (var ps = c.prepareStatement(UPSERT)) {
            ps.setString(1, r.id().toString());
            ps.setString(2, inspectionId.toString());
            ps.setString(3, r.commentId().toString());
            ps.setString(4, r.created().toString());
            ps.setString(5, r.content().value().sha256());
            ps.setLong(6, r.content().value().size());
            ps.setString(7, r.content().stamp().toString());
            ps.setString(8, r.content().author());
            ps.setString(9, r.caption().value());
            ps.setString(10, r.caption().stamp().toString());
            ps.setString(11, r.caption().author());
            ps.setInt(12, r.deleted().value() ? 1 : 0);
            ps.setString(13, r.deleted().stamp().toString());
            ps.setString(14, r.deleted().author());
            ps.executeUpdate();
        }
    }

    private static PhotoRecord read(ResultSet rs) throws SQLException {
        return new PhotoRecord(UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("comment_id")),
                Stamp.parse(rs.getString("created_stamp")),
                new Stamped<>(new PhotoContent(rs.getString("sha256"), rs.getLong("size")),
                        Stamp.parse(rs.getString("content_stamp")), rs.getString("content_author")),
                new Stamped<>(rs.getString("caption"), Stamp.parse(rs.getString("caption_stamp")),
                        rs.getString("caption_author")),
                new Stamped<>(rs.getInt("deleted") == 1, Stamp.parse(rs.getString("deleted_stamp")),
                        rs.getString("deleted_author")));
    }
}
