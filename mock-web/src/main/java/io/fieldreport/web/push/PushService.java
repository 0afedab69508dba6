package io.fieldreport.web.push;

import io.fieldreport.sync.protocol.Change;
import io.fieldreport.sync.protocol.ChangeOutcome;
import io.fieldreport.sync.protocol.ChangeResult;
import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.sync.protocol.PhotoContent;
import io.fieldreport.sync.protocol.PhotoRecord;
import io.fieldreport.sync.protocol.PushRequest;
import io.fieldreport.sync.protocol.PushResponse;
import io.fieldreport.sync.protocol.RecordMerge;
import io.fieldreport.sync.store.Database;
import io.fieldreport.sync.template.ResidentialTemplate;
import io.fieldreport.web.merge.MergeWriter;
import io.fieldreport.web.photos.PhotoStore;
import io.fieldreport.web.storage.AppliedChanges;
import io.fieldreport.web.storage.Comments;
import io.fieldreport.web.storage.InspectionRow;
import io.fieldreport.web.storage.Inspections;
import io.fieldreport.web.storage.Photos;
import io.fieldreport.web.storage.RecordedOutcome;
import io.fieldreport.web.storage.Stored;
import io.fieldreport.web.storage.WebHistory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Applies a push (docs/PROTOCOL.md section 6): the changes in order, through replay, published,
 * checks and merge, all in one transaction. A change is applied completely or not at all, and so is
 * the push: a push cut short leaves whole changes behind (or none), the client's resend finds them
 * as replays, and nobody reading the web meanwhile sees half a push. One transaction per push, not
 * per change, because each commit waits for the disk: per change, that wait was most of the time of
 * a push (about 1 ms a change here, 5 s for a 5,000-comment Force Sync).
 */
public final class PushService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final Database db;
    private final Inspections inspections;
    private final Comments comments;
    private final Photos photos;
    private final AppliedChanges applied;
    private final MergeWriter writer;
    private final PhotoStore photoStore;
    private final Clock clock;

    public PushService(Database db, Inspections inspections, Comments comments, Photos photos,
                       AppliedChanges applied, MergeWriter writer, PhotoStore photoStore, Clock clock) {
        this.db = db;
        this.inspections = inspections;
        this.comments = comments;
        this.photos = photos;
        this.applied = applied;
        this.writer = writer;
        this.photoStore = photoStore;
        this.clock = clock;
    }

    /**
     * @throws InterruptedException when the web is stopping: the changes so far are committed, the
     *                              rest are not, and the client, seeing no answer, sends them again
     */
    public PushResponse push(UUID inspectionId, PushRequest request) throws InterruptedException {
        List<ChangeResult> results = new ArrayList<>();
        boolean stopped = db.transaction(c -> {
            // Looked up once: inside the push's one transaction nobody can publish it meanwhile.
            InspectionRow inspection = inspections.find(c, inspectionId).orElseThrow(() ->
                    new SQLException("inspection " + inspectionId + " vanished during a push"));
            for (Change change : request.changes()) {
                if (Thread.currentThread().isInterrupted()) {
                    return true; // commit the whole changes applied so far, then say so
                }
                results.add(applyOne(c, inspection, request.deviceId(), change));
            }
            return false;
        });
        if (stopped) {
            throw new InterruptedException("the web is stopping in the middle of a push");
        }
        return new PushResponse(results);
    }

    private ChangeResult applyOne(Connection c, InspectionRow inspection, String deviceId, Change change)
            throws SQLException {
        UUID inspectionId = inspection.record().id();
        Optional<RecordedOutcome> seen = applied.find(c, inspectionId, change.changeId());
        if (seen.isPresent()) {
            return replay(c, change.changeId(), seen.get());
        }
        if (inspection.isPublished()) {
            return ChangeResult.rejected(change.changeId(), "inspection_published", publishedMessage(inspection), false);
        }
        return change.comment() != null
                ? comment(c, inspectionId, deviceId, change.changeId(), change.comment())
                : photo(c, inspectionId, deviceId, change.changeId(), change.photo());
    }

    private ChangeResult comment(Connection c, UUID inspectionId, String deviceId, UUID changeId, CommentRecord in)
            throws SQLException {
        if (!ResidentialTemplate.hasItem(in.itemId())) {
            return reject(changeId, "unknown_item", "This inspection has no item '" + in.itemId() + "'.");
        }
        Optional<Stored<CommentRecord>> current = comments.find(c, in.id());
        if (current.isPresent() && !current.get().inspectionId().equals(inspectionId)) {
            return reject(changeId, "wrong_inspection", "Comment " + in.id() + " belongs to another inspection.");
        }
        if (current.isPresent() && !current.get().record().itemId().equals(in.itemId())) {
            return reject(changeId, "item_mismatch", "Comment " + in.id() + " is on item '"
                    + current.get().record().itemId() + "' at the web, not '" + in.itemId() + "'.");
        }
        if (current.isEmpty() && !in.isComplete()) {
            return reject(changeId, "incomplete", "The web does not have comment " + in.id()
                    + " yet and this change lacks some of its fields; a Force Sync sends it whole.");
        }
        var merge = RecordMerge.merge(current.map(Stored::record).orElse(null), in);
        writer.comment(c, inspectionId, in, merge);
        return outcome(c, changeId, inspectionId, deviceId, WebHistory.COMMENT, in.id(), merge, merge.merged(), null);
    }

    private ChangeResult photo(Connection c, UUID inspectionId, String deviceId, UUID changeId, PhotoRecord in)
            throws SQLException {
        Optional<Stored<PhotoRecord>> current = photos.find(c, in.id());
        if (current.isPresent() && !current.get().inspectionId().equals(inspectionId)) {
            return reject(changeId, "wrong_inspection", "Photo " + in.id() + " belongs to another inspection.");
        }
        if (current.isPresent() && !current.get().record().commentId().equals(in.commentId())) {
            return reject(changeId, "item_mismatch", "Photo " + in.id() + " is on comment "
                    + current.get().record().commentId() + " at the web, not " + in.commentId() + ".");
        }
        if (current.isEmpty() && !in.isComplete()) {
            return reject(changeId, "incomplete", "The web does not have photo " + in.id()
                    + " yet and this change lacks some of its fields; a Force Sync sends it whole.");
        }
        Optional<Stored<CommentRecord>> comment = comments.find(c, in.commentId());
        if (comment.isEmpty()) {
            return ChangeResult.rejected(changeId, "unknown_comment", "The web does not have comment "
                    + in.commentId() + " of this photo yet; send the comment first.", true);
        }
        if (!comment.get().inspectionId().equals(inspectionId)) {
            return reject(changeId, "wrong_inspection", "Comment " + in.commentId() + " of this photo belongs"
                    + " to another inspection.");
        }
        var merge = RecordMerge.merge(current.map(Stored::record).orElse(null), in);
        Optional<ChangeResult> missing = missingBytes(changeId, in, merge.merged());
        if (missing.isPresent()) {
            return missing.get();
        }
        writer.photo(c, inspectionId, in, merge);
        return outcome(c, changeId, inspectionId, deviceId, WebHistory.PHOTO, in.id(), merge, null, merge.merged());
    }

    /**
     * A photo that will show these bytes needs them stored and verified first (section 9). A tombstone
     * does not: its bytes are nobody's concern; nor does a content edit that loses.
     */
    private Optional<ChangeResult> missingBytes(UUID changeId, PhotoRecord in, PhotoRecord merged) {
        if (in.content() == null || merged.deleted().value() || !merged.content().equals(in.content())) {
            return Optional.empty();
        }
        PhotoContent content = in.content().value();
        Optional<Long> size = storedSize(content.sha256());
        if (size.isEmpty()) {
            return Optional.of(ChangeResult.rejected(changeId, "photo_not_uploaded", "The web does not hold the"
                    + " bytes " + content.sha256() + " yet; upload them, then send this change again.", true));
        }
        if (size.get() != content.size()) {
            return Optional.of(reject(changeId, "photo_not_uploaded", "The bytes " + content.sha256() + " are "
                    + size.get() + " bytes long at the web, not " + content.size() + "."));
        }
        return Optional.empty();
    }

    /** A disk fault is the web's: a retryable 500 for the whole push (rolled back), not a verdict on the photo. */
    private Optional<Long> storedSize(String sha256) {
        try {
            return photoStore.storedSize(sha256);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of the stored photo bytes " + sha256, e);
        }
    }

    private <R> ChangeResult outcome(Connection c, UUID changeId, UUID inspectionId, String deviceId, String entity,
                                     UUID entityId, RecordMerge.Result<R> merge, CommentRecord comment,
                                     PhotoRecord photo) throws SQLException {
        List<String> lost = merge.lostFields();
        ChangeOutcome outcome = lost.isEmpty() ? ChangeOutcome.APPLIED : ChangeOutcome.SUPERSEDED;
        applied.record(c, changeId, inspectionId, deviceId, new RecordedOutcome(entity, entityId, outcome, lost),
                clock.millis());
        return outcome == ChangeOutcome.APPLIED ? ChangeResult.applied(changeId)
                : ChangeResult.superseded(changeId, lost, comment, photo);
    }

    /** The first answer again; a superseded one with the entity as the web holds it now. */
    private ChangeResult replay(Connection c, UUID changeId, RecordedOutcome seen) throws SQLException {
        if (seen.outcome() == ChangeOutcome.APPLIED) {
            return ChangeResult.applied(changeId);
        }
        boolean isComment = seen.entity().equals(WebHistory.COMMENT);
        CommentRecord comment = isComment ? comments.find(c, seen.entityId()).map(Stored::record).orElse(null) : null;
        PhotoRecord photo = isComment ? null : photos.find(c, seen.entityId()).map(Stored::record).orElse(null);
        return ChangeResult.superseded(changeId, seen.lostFields(), comment, photo);
    }

    private String publishedMessage(InspectionRow inspection) {
        String by = inspection.publishedBy() == null ? "The office" : inspection.publishedBy();
        String when = inspection.publishedAt() == null ? ""
                : " on " + DAY.format(Instant.ofEpochMilli(inspection.publishedAt()).atZone(clock.getZone()));
        return by + " published this report" + when + "; the web accepts no more changes to it.";
    }

    private static ChangeResult reject(UUID changeId, String reason, String message) {
        return ChangeResult.rejected(changeId, reason, message, false);
    }
}
