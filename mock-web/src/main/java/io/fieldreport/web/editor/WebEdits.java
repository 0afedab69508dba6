package io.fieldreport.web.editor;

import io.fieldreport.sync.clock.HybridClock;
import io.fieldreport.sync.clock.Stamp;
import io.fieldreport.sync.clock.Stamped;
import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.sync.protocol.InspectionRecord;
import io.fieldreport.sync.protocol.RecordMerge;
import io.fieldreport.sync.protocol.Role;
import io.fieldreport.sync.protocol.UserRecord;
import io.fieldreport.sync.store.Database;
import io.fieldreport.web.http.ApiException;
import io.fieldreport.web.http.ErrorCode;
import io.fieldreport.web.merge.MergeWriter;
import io.fieldreport.web.storage.Comments;
import io.fieldreport.web.storage.InspectionRow;
import io.fieldreport.web.storage.Inspections;
import io.fieldreport.web.storage.Stored;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The office's edits on the web. A web edit is stamped by the web's own hybrid clock (device
 * {@code web}) and merged exactly like a pushed change: it wins only by its stamp, the version it
 * replaces goes to history, and it takes the inspection's next change sequence number so laptops pull it.
 * An edit from the web editor is made only on the versions its user saw ({@link EditedElsewhere}).
 */
public final class WebEdits {

    private final Database db;
    private final Inspections inspections;
    private final Comments comments;
    private final MergeWriter writer;
    private final HybridClock webClock;
    private final Clock clock;

    public WebEdits(Database db, Inspections inspections, Comments comments, MergeWriter writer,
                    HybridClock webClock, Clock clock) {
        this.db = db;
        this.inspections = inspections;
        this.comments = comments;
        this.writer = writer;
        this.webClock = webClock;
        this.clock = clock;
    }

    public CommentRecord edit(UserRecord office, UUID inspectionId, UUID commentId, WebEdit edit) {
        if (office.role() != Role.OFFICE) {
            throw ApiException.forbidden(office.name() + " is an inspector; only office users edit on the web.");
        }
        return db.transaction(c -> {
            InspectionRow inspection = inspections.find(c, inspectionId).orElseThrow(() ->
                    ApiException.notFound("There is no inspection " + inspectionId + " on the web."));
            if (inspection.isPublished()) {
                throw new ApiException(ErrorCode.INSPECTION_PUBLISHED, "This report is published; it takes no more edits.");
            }
            CommentRecord current = comments.find(c, commentId)
                    .filter(s -> s.inspectionId().equals(inspectionId))
                    .map(Stored::record)
                    .orElseThrow(() -> ApiException.notFound("The inspection has no comment " + commentId + "."));
            refuseIfEditedElsewhere(current, edit);
            Stamp stamp = webClock.now();
            var incoming = new CommentRecord(commentId, current.itemId(), current.created(),
                    edit.text() == null ? null : new Stamped<>(edit.text(), stamp, office.name()),
                    edit.setsRating() ? new Stamped<>(edit.rating(), stamp, office.name()) : null,
                    null);
            var merge = RecordMerge.merge(current, incoming);
            writer.comment(c, inspectionId, incoming, merge);
            return merge.merged();
        });
    }

    /**
     * An edit from the web editor names the versions it was made on; if one of the fields it changes
     * holds another version now (a laptop's push or another office user came in between), writing it
     * would replace that newer version with one made on an old text, only because the web stamps it
     * later. So it is refused, and the editor shows the newer version for the user to edit again.
     */
    private static void refuseIfEditedElsewhere(CommentRecord current, WebEdit edit) {
        if (!edit.isConditional()) {
            return;
        }
        if (current.deleted().value()) {
            throw new EditedElsewhere(current, current.deleted().author() + " deleted this comment after you"
                    + " opened it; your edit was not saved.");
        }
        List<String> moved = edit.movedFields(current);
        if (moved.isEmpty()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        for (String field : moved) {
            parts.add("the " + field + " by " + current.field(field).author());
        }
        throw new EditedElsewhere(current, "This comment was changed after you opened it (" + String.join(" and ", parts)
                + "); your edit was not saved. It now shows the newer version: make your edit again on it.");
    }

    /** Marks the inspection published; publishing it again changes nothing. */
    public InspectionRecord publish(UUID inspectionId, String byName) {
        return db.transaction(c -> {
            inspections.find(c, inspectionId).orElseThrow(() ->
                    ApiException.notFound("There is no inspection " + inspectionId + " on the web."));
            inspections.publish(c, inspectionId, clock.millis(), byName);
            return inspections.find(c, inspectionId).orElseThrow().record();
        });
    }
}
