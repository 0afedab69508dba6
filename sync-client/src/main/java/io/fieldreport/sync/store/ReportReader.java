package io.fieldreport.sync.store;

import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.sync.protocol.PhotoRecord;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads the comments and photos of the inspections on this laptop. */
public final class ReportReader {

    private final Database db;

    public ReportReader(Database db) {
        this.db = db;
    }

    /** Comments of the whole inspection, oldest first, including deleted ones (tombstones). */
    public List<CommentRecord> comments(UUID inspectionId) {
        return db.read(c -> CommentTable.list(c, inspectionId, null));
    }

    public List<CommentRecord> comments(UUID inspectionId, String itemId) {
        return db.read(c -> CommentTable.list(c, inspectionId, itemId));
    }

    public Optional<CommentRecord> comment(UUID id) {
        return db.read(c -> CommentTable.find(c, id));
    }

    public Optional<UUID> inspectionOfComment(UUID id) {
        return db.read(c -> CommentTable.inspectionOf(c, id));
    }

    public List<PhotoRecord> photos(UUID inspectionId) {
        return db.read(c -> PhotoTable.list(c, inspectionId, null));
    }

    public List<PhotoRecord> photos(UUID inspectionId, UUID commentId) {
        return db.read(c -> PhotoTable.list(c, inspectionId, commentId));
    }

    public Optional<PhotoRecord> photo(UUID id) {
        return db.read(c -> PhotoTable.find(c, id));
    }
}
