package io.fieldreport.web.storage;

import io.fieldreport.sync.clock.Stamp;
import io.fieldreport.sync.clock.Stamped;
import io.fieldreport.sync.protocol.PhotoContent;
import io.fieldreport.sync.protocol.PhotoRecord;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The web's current version of every photo record (its bytes live in {@link PhotoBytes}). */
public final class Photos {

    private static final String UPSERT = """
            INSERT INTO photos (id, inspection_id, comment_id, created_stamp, sha256, size, content_stamp,
                                content_author, caption, caption_stamp, caption_author, deleted, deleted_stamp,
                                deleted_author, seq)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                sha256 = excluded.sha256, size = excluded.size, content_stamp = excluded.content_stamp,
                content_author = excluded.content_author, caption = excluded.caption,
                caption_stamp = excluded.caption_stamp, caption_author = excluded.caption_author,
                deleted = excluded.deleted, deleted_stamp = excluded.deleted_stamp,
                deleted_author = excluded.deleted_author, seq = excluded.seq""";
    private static final String COLUMNS = "SELECT * FROM photos";
    private static final String BY_ID = COLUMNS + " WHERE id = ?";
    private static final String SINCE = COLUMNS + " WHERE inspection_id = ? AND seq > ? ORDER BY seq LIMIT ?";
    private static final String ALL = COLUMNS + " WHERE inspection_id = ? ORDER BY comment_id, created_stamp, id";
    private static final String USES = """
            SELECT 1 FROM photos WHERE inspection_id = ? AND sha256 = ? LIMIT 1""";

    public Optional<Stored<PhotoRecord>> find(Connection c, UUID id) throws SQLException {
        return Rows.one(c, BY_ID, Photos::stored, id.toString());
    }

    public void put(Connection c, UUID inspectionId, PhotoRecord r, long seq) throws SQLException {
        try (var s = c.prepareStatement(UPSERT)) {
            s.setString(1, r.id().toString());
            s.setString(2, inspectionId.toString());
            s.setString(3, r.commentId().toString());
            s.setString(4, r.created().toString());
            s.setString(5, r.content().value().sha256());
            s.setLong(6, r.content().value().size());
            s.setString(7, r.content().stamp().toString());
            s.setString(8, r.content().author());
            s.setString(9, r.caption().value());
            s.setString(10, r.caption().stamp().toString());
            s.setString(11, r.caption().author());
            s.setInt(12, r.deleted().value() ? 1 : 0);
            s.setString(13, r.deleted().stamp().toString());
            s.setString(14, r.deleted().author());
            s.setLong(15, seq);
            s.executeUpdate();
        }
    }

    public List<Stored<PhotoRecord>> after(Connection c, UUID inspectionId, long after, int limit) throws SQLException {
        return Rows.list(c, SINCE, Photos::stored, inspectionId.toString(), after, limit);
    }

    public List<Stored<PhotoRecord>> all(Connection c, UUID inspectionId) throws SQLException {
        return Rows.list(c, ALL, Photos::stored, inspectionId.toString());
    }

    /** Whether a photo of the inspection names these bytes, which is what lets them be downloaded through it. */
    public boolean inspectionUses(Connection c, UUID inspectionId, String sha256) throws SQLException {
        return Rows.one(c, USES, rs -> true, inspectionId.toString(), sha256).isPresent();
    }

    private static Stored<PhotoRecord> stored(ResultSet rs) throws SQLException {
        var record = new PhotoRecord(UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("comment_id")),
                Stamp.parse(rs.getString("created_stamp")),
                new Stamped<>(new PhotoContent(rs.getString("sha256"), rs.getLong("size")),
                        Stamp.parse(rs.getString("content_stamp")), rs.getString("content_author")),
                new Stamped<>(rs.getString("caption"), Stamp.parse(rs.getString("caption_stamp")),
                        rs.getString("caption_author")),
                new Stamped<>(rs.getInt("deleted") == 1, Stamp.parse(rs.getString("deleted_stamp")),
                        rs.getString("deleted_author")));
        return new Stored<>(UUID.fromString(rs.getString("inspection_id")), record, rs.getLong("seq"));
    }
}
