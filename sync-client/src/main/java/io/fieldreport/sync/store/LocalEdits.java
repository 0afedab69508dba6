package io.fieldreport.sync.store;

import io.fieldreport.sync.clock.HybridClock;
import io.fieldreport.sync.clock.Stamp;
import io.fieldreport.sync.clock.Stamped;
import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.sync.protocol.Fields;
import io.fieldreport.sync.protocol.InspectionStatus;
import io.fieldreport.sync.protocol.PhotoContent;
import io.fieldreport.sync.protocol.PhotoRecord;
import io.fieldreport.sync.protocol.Rating;
import io.fieldreport.sync.protocol.RecordMerge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.UUID;

/**
 * The inspector's edits of comments and photos. Each edit is one transaction that writes the row
 * and its outbox entry together, so a crash leaves the whole edit or none of it. Only the fields
 * the edit changes get a new stamp; an edit that changes nothing writes nothing.
 */
public final class LocalEdits {

    /** The display name of the signed-in inspector: the author of every edit. */
    public static final String USER_NAME = "user.name";

    // Bytes just imported are whole and verified: if they had been set aside as missing or damaged
    // here, they can be sent again. (A refusal by the web stays: the same bytes would be refused.)
    private static final String PHOTO_FILE = """
            INSERT INTO photo_files(sha256, size, on_web) VALUES (?, ?, 0)
            ON CONFLICT(sha256) DO UPDATE SET refused_reason = NULL, refused_message = NULL
            WHERE refused_reason IN ('photo_file_missing', 'photo_file_damaged')""";
    private static final String ORIGINAL = "INSERT INTO photo_originals(photo_id, sha256, size) VALUES (?, ?, ?)";
    private static final String UNSENT_ORIGINALS = """
            SELECT count(*) FROM photo_originals o JOIN photos p ON p.id = o.photo_id
            WHERE o.sent = 0 AND p.deleted = 0""";

    private final Database db;
    private final HybridClock clock;
    private final Outbox outbox;
    private final PhotoFiles files;

    public LocalEdits(Database db, HybridClock clock, Outbox outbox, PhotoFiles files) {
        this.db = db;
        this.clock = clock;
        this.outbox = outbox;
        this.files = files;
    }

    public CommentRecord addComment(UUID inspectionId, String itemId, String text, Rating rating) {
        Objects.requireNonNull(text, "text");
        checkText(text);
        return db.transaction(c -> {
            requireEditable(c, inspectionId);
            if (!InspectionStore.hasItem(c, inspectionId, itemId)) {
                throw new EditRejectedException("There is no item '" + itemId + "' in this inspection.");
            }
            Stamp stamp = clock.now();
            String author = author(c);
            var comment = new CommentRecord(UUID.randomUUID(), itemId, stamp,
                    new Stamped<>(text, stamp, author), new Stamped<>(rating, stamp, author),
                    new Stamped<>(false, stamp, author));
            CommentTable.upsert(c, inspectionId, comment);
            outbox.enqueue(c, inspectionId, comment, stamp);
            keepHighWater(c);
            return comment;
        });
    }

    public CommentRecord editComment(UUID commentId, CommentEdit edit) {
        if (edit.text() != null) {
            checkText(edit.text());
        }
        return db.transaction(c -> {
            CommentRecord current = comment(c, commentId);
            UUID inspectionId = CommentTable.inspectionOf(c, commentId).orElseThrow();
            requireEditable(c, inspectionId);
            if (current.deleted().value()) {
                throw new EditRejectedException("This comment was deleted; it can no longer be changed.");
            }
            boolean textChanges = edit.text() != null && !edit.text().equals(current.text().value());
            boolean ratingChanges = edit.setsRating() && edit.rating() != current.rating().value();
            if (!textChanges && !ratingChanges) {
                return current;
            }
            Stamp stamp = clock.now();
            String author = author(c);
            var change = new CommentRecord(commentId, current.itemId(), current.created(),
                    textChanges ? new Stamped<>(edit.text(), stamp, author) : null,
                    ratingChanges ? new Stamped<>(edit.rating(), stamp, author) : null, null);
            return applyLocal(c, inspectionId, current, change, stamp);
        });
    }

    public CommentRecord deleteComment(UUID commentId) {
        return db.transaction(c -> {
            CommentRecord current = comment(c, commentId);
            UUID inspectionId = CommentTable.inspectionOf(c, commentId).orElseThrow();
            requireEditable(c, inspectionId);
            if (current.deleted().value()) {
                return current;
            }
            Stamp stamp = clock.now();
            var change = new CommentRecord(commentId, current.itemId(), current.created(), null, null,
                    new Stamped<>(true, stamp, author(c)));
            return applyLocal(c, inspectionId, current, change, stamp);
        });
    }

    /**
     * Adds a photo to a comment. The bytes are copied into the profile first (complete and synced
     * under their hash); only then does one transaction add the row that points at them.
     */
    public PhotoRecord addPhoto(UUID commentId, Path file, String caption) throws IOException {
        checkPhoto(commentId, file, caption);
        return addPhoto(commentId, files.importFile(file), null, caption);
    }

    /**
     * Adds a photo whose bytes are a reduced copy, keeping the original's bytes to send later with
     * {@link #sendOriginal}.
     */
    public PhotoRecord addReducedPhoto(UUID commentId, Path original, Path reduced, String caption) throws IOException {
        checkPhoto(commentId, original, caption);
        PhotoContent originalContent = files.importFile(original);
        return addPhoto(commentId, files.importFile(reduced), originalContent, caption);
    }

    private void checkPhoto(UUID commentId, Path file, String caption) {
        Objects.requireNonNull(caption, "caption");
        if (!Files.isRegularFile(file)) {
            throw new EditRejectedException("There is no photo file at " + file + ".");
        }
        checkCaption(caption);
        db.read(c -> {
            comment(c, commentId);
            requireEditable(c, CommentTable.inspectionOf(c, commentId).orElseThrow());
            return null;
        });
    }

    private PhotoRecord addPhoto(UUID commentId, PhotoContent content, PhotoContent original, String caption) {
        return db.transaction(c -> {
            CommentRecord parent = comment(c, commentId);
            if (parent.deleted().value()) {
                throw new EditRejectedException("This comment was deleted; photos can no longer be added to it.");
            }
            UUID inspectionId = CommentTable.inspectionOf(c, commentId).orElseThrow();
            requireEditable(c, inspectionId);
            Stamp stamp = clock.now();
            String author = author(c);
            var photo = new PhotoRecord(UUID.randomUUID(), commentId, stamp, new Stamped<>(content, stamp, author),
                    new Stamped<>(caption, stamp, author), new Stamped<>(false, stamp, author));
            recordFile(c, content);
            PhotoTable.upsert(c, inspectionId, photo);
            if (original != null) {
                recordFile(c, original);
                try (var ps = c.prepareStatement(ORIGINAL)) {
                    ps.setString(1, photo.id().toString());
                    ps.setString(2, original.sha256());
                    ps.setLong(3, original.size());
                    ps.executeUpdate();
                }
            }
            outbox.enqueue(c, inspectionId, photo, stamp);
            keepHighWater(c);
            return photo;
        });
    }

    /** Photos whose original is still kept back on this laptop (added at reduced quality). */
    public java.util.List<UUID> photosWithUnsentOriginals() {
        return db.read(c -> {
            var out = new java.util.ArrayList<UUID>();
            try (var ps = c.prepareStatement("SELECT photo_id FROM photo_originals WHERE sent = 0");
                 var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(UUID.fromString(rs.getString(1)));
                }
            }
            return out;
        });
    }

    /**
     * How many originals of live photos exist only on this laptop: the web has the reduced copy.
     * Work not on the web, like an unsent change (a deleted photo's original is not).
     */
    public int unsentOriginalCount() {
        return db.read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery(UNSENT_ORIGINALS)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /**
     * Replaces a reduced photo by its original, as an edit of the photo's content: the next Save
     * uploads the original and every laptop then downloads it.
     */
    public void sendOriginal(UUID photoId) {
        db.transaction(c -> {
            PhotoContent original;
            try (var ps = c.prepareStatement("SELECT sha256, size FROM photo_originals WHERE photo_id = ? AND sent = 0")) {
                ps.setString(1, photoId.toString());
                try (var rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return null;
                    }
                    original = new PhotoContent(rs.getString(1), rs.getLong(2));
                }
            }
            PhotoRecord current = photo(c, photoId);
            try (var ps = c.prepareStatement("UPDATE photo_originals SET sent = 1 WHERE photo_id = ?")) {
                ps.setString(1, photoId.toString());
                ps.executeUpdate();
            }
            if (!current.deleted().value()) {
                applyPhoto(c, current, new PhotoRecord(photoId, current.commentId(), current.created(),
                        new Stamped<>(original, clock.now(), author(c)), null, null));
            }
            return null;
        });
    }

    private static void recordFile(Connection c, PhotoContent content) throws SQLException {
        try (var ps = c.prepareStatement(PHOTO_FILE)) {
            ps.setString(1, content.sha256());
            ps.setLong(2, content.size());
            ps.executeUpdate();
        }
    }

    public PhotoRecord editCaption(UUID photoId, String caption) {
        checkCaption(caption);
        return db.transaction(c -> {
            PhotoRecord current = photo(c, photoId);
            if (current.caption().value().equals(caption)) {
                return current;
            }
            return applyPhoto(c, current, new PhotoRecord(photoId, current.commentId(), current.created(), null,
                    new Stamped<>(caption, clock.now(), author(c)), null));
        });
    }

    public PhotoRecord deletePhoto(UUID photoId) {
        return db.transaction(c -> {
            PhotoRecord current = photo(c, photoId);
            if (current.deleted().value()) {
                return current;
            }
            return applyPhoto(c, current, new PhotoRecord(photoId, current.commentId(), current.created(), null,
                    null, new Stamped<>(true, clock.now(), author(c))));
        });
    }

    /**
     * Makes one field's value current again as a new edit with a new stamp, which then wins
     * everywhere: "keep mine" for a version that lost to a newer edit. Works on deleted comments too,
     * since restoring may be exactly what undoes a delete.
     */
    public void restore(String entity, UUID entityId, String field, Object value) {
        db.transaction(c -> {
            Stamp stamp = clock.now();
            String author = author(c);
            if ("comment".equals(entity)) {
                CommentRecord current = comment(c, entityId);
                UUID inspectionId = CommentTable.inspectionOf(c, entityId).orElseThrow();
                requireEditable(c, inspectionId);
                var change = new CommentRecord(entityId, current.itemId(), current.created(),
                        field.equals(Fields.TEXT) ? new Stamped<>((String) value, stamp, author) : null,
                        field.equals(Fields.RATING) ? new Stamped<>((Rating) value, stamp, author) : null,
                        field.equals(Fields.DELETED) ? new Stamped<>((Boolean) value, stamp, author) : null);
                applyLocal(c, inspectionId, current, change, stamp);
            } else {
                PhotoRecord current = photo(c, entityId);
                applyPhoto(c, current, new PhotoRecord(entityId, current.commentId(), current.created(),
                        field.equals(Fields.CONTENT) ? new Stamped<>((PhotoContent) value, stamp, author) : null,
                        field.equals(Fields.CAPTION) ? new Stamped<>((String) value, stamp, author) : null,
                        field.equals(Fields.DELETED) ? new Stamped<>((Boolean) value, stamp, author) : null));
            }
            return null;
        });
    }

    private PhotoRecord applyPhoto(Connection c, PhotoRecord current, PhotoRecord change) throws SQLException {
        UUID inspectionId = PhotoTable.inspectionOf(c, current.id()).orElseThrow();
        requireEditable(c, inspectionId);
        PhotoRecord merged = RecordMerge.merge(current, change).merged();
        PhotoTable.upsert(c, inspectionId, merged);
        outbox.enqueue(c, inspectionId, change, clock.highWater());
        keepHighWater(c);
        return merged;
    }

    private CommentRecord applyLocal(Connection c, UUID inspectionId, CommentRecord current, CommentRecord change,
                                     Stamp stamp) throws SQLException {
        // A fresh stamp is later than anything this laptop has seen, so the local edit always wins here.
        CommentRecord merged = RecordMerge.merge(current, change).merged();
        CommentTable.upsert(c, inspectionId, merged);
        outbox.enqueue(c, inspectionId, change, stamp);
        keepHighWater(c);
        return merged;
    }

    private static CommentRecord comment(Connection c, UUID id) throws SQLException {
        return CommentTable.find(c, id)
                .orElseThrow(() -> new EditRejectedException("There is no comment " + id + " on this laptop."));
    }

    private static PhotoRecord photo(Connection c, UUID id) throws SQLException {
        return PhotoTable.find(c, id)
                .orElseThrow(() -> new EditRejectedException("There is no photo " + id + " on this laptop."));
    }

    private static void requireEditable(Connection c, UUID inspectionId) throws SQLException {
        var inspection = InspectionStore.find(c, inspectionId).orElseThrow(() -> new EditRejectedException(
                "Inspection " + inspectionId + " is not on this laptop. Open it from the inspection list first."));
        if (inspection.status() == InspectionStatus.PUBLISHED) {
            throw new EditRejectedException("The office has published the report for " + inspection.address()
                    + "; it can no longer be changed.");
        }
    }

    private static String author(Connection c) throws SQLException {
        return Settings.get(c, USER_NAME).orElseThrow(
                () -> new EditRejectedException("Sign in before editing: every edit records who made it."));
    }

    private void keepHighWater(Connection c) throws SQLException {
        Settings.put(c, Settings.CLOCK_HIGH_WATER, clock.highWater().toString());
    }

    private static void checkText(String text) {
        if (text.length() > CommentRecord.MAX_TEXT) {
            throw new EditRejectedException("A comment can hold at most " + CommentRecord.MAX_TEXT
                    + " characters; this one has " + text.length() + ".");
        }
    }

    private static void checkCaption(String caption) {
        if (caption.length() > PhotoRecord.MAX_CAPTION) {
            throw new EditRejectedException("A caption can hold at most " + PhotoRecord.MAX_CAPTION
                    + " characters; this one has " + caption.length() + ".");
        }
    }
}
