package io.fieldreport.web.storage;

import io.fieldreport.sync.clock.Stamp;
import io.fieldreport.sync.clock.Stamped;
import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.sync.protocol.Rating;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** The web's current version of every comment, each field with its own stamp and author. */
public final class Comments {

    private static final String UPSERT = """
            INSERT INTO comments (id, inspection_id, item_id, created_stamp, text, text_stamp, text_author,
                                  rating, rating_stamp, rating_author, deleted, deleted_stamp, deleted_author, seq)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET
                text = excluded.text, text_stamp = excluded.text_stamp, text_author = excluded.text_author,
                rating = excluded.rating, rating_stamp = excluded.rating_stamp, rating_author = excluded.rating_author,
                deleted = excluded.deleted, deleted_stamp = excluded.deleted_stamp,
                deleted_author = excluded.deleted_author, seq = excluded.seq""";
    private static final String COLUMNS = "SELECT * FROM comments";
    private static final String BY_ID = COLUMNS + " WHERE id = ?";
    private static final String SINCE = COLUMNS + " WHERE inspection_id = ? AND seq > ? ORDER BY seq LIMIT ?";
    private static final String ALL = COLUMNS + " WHERE inspection_id = ? ORDER BY item_id, created_stamp, id";
    private static final String DELETE = "DELETE FROM comments WHERE id = ? AND inspection_id = ?";

    public Optional<Stored<CommentRecord>> find(Connection c, UUID id) throws SQLException {
        return Rows.one(c, BY_ID, Comments::stored, id.toString());
    }

    /** Stores a complete comment as the given change sequence number. */
    public void put(Connection c, UUID inspectionId, CommentRecord r, long seq) throws SQLException {
        try (var s = c.prepareStatement(UPSERT)) {
            s.setString(1, r.id().toString());
            s.setString(2, inspectionId.toString());
            s.setString(3, r.itemId());
            s.setString(4, r.created().toString());
            s.setString(5, r.text().value());
            s.setString(6, r.text().stamp().toString());
            s.setString(7, r.text().author());
            if (r.rating().value() == null) {
                s.setNull(8, Types.VARCHAR);
            } else {
                s.setString(8, r.rating().value().wireName());
            }
            s.setString(9, r.rating().stamp().toString());
            s.setString(10, r.rating().author());
            s.setInt(11, r.deleted().value() ? 1 : 0);
            s.setString(12, r.deleted().stamp().toString());
            s.setString(13, r.deleted().author());
            s.setLong(14, seq);
            s.executeUpdate();
        }
    }

    /** At most {@code limit} comments whose sequence number is above {@code after}, in number order. */
    public List<Stored<CommentRecord>> after(Connection c, UUID inspectionId, long after, int limit) throws SQLException {
        return Rows.list(c, SINCE, Comments::stored, inspectionId.toString(), after, limit);
    }

    public List<Stored<CommentRecord>> all(Connection c, UUID inspectionId) throws SQLException {
        return Rows.list(c, ALL, Comments::stored, inspectionId.toString());
    }

    /** Removes a comment outright (the admin API's simulated loss); @return whether it was there */
    public boolean remove(Connection c, UUID inspectionId, UUID id) throws SQLException {
        return Rows.update(c, DELETE, id.toString(), inspectionId.toString()) == 1;
    }

    private static Stored<CommentRecord> stored(ResultSet rs) throws SQLException {
        String rating = rs.getString("rating");
        var record = new CommentRecord(UUID.fromString(rs.getString("id")), rs.getString("item_id"),
                Stamp.parse(rs.getString("created_stamp")),
                new Stamped<>(rs.getString("text"), Stamp.parse(rs.getString("text_stamp")), rs.getString("text_author")),
                new Stamped<>(rating == null ? null : Rating.valueOf(rating.toUpperCase(Locale.ROOT)),
                        Stamp.parse(rs.getString("rating_stamp")), rs.getString("rating_author")),
                new Stamped<>(rs.getInt("deleted") == 1, Stamp.parse(rs.getString("deleted_stamp")),
                        rs.getString("deleted_author")));
        return new Stored<>(UUID.fromString(rs.getString("inspection_id")), record, rs.getLong("seq"));
    }
}
