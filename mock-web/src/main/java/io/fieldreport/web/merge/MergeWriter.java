package io.fieldreport.web.merge;

import io.fieldreport.sync.clock.HybridClock;
import io.fieldreport.sync.clock.Stamped;
import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.sync.protocol.PhotoRecord;
import io.fieldreport.sync.protocol.RecordMerge;
import io.fieldreport.web.storage.Comments;
import io.fieldreport.web.storage.Inspections;
import io.fieldreport.web.storage.Photos;
import io.fieldreport.web.storage.WebHistory;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Stores the outcome of one {@link RecordMerge} at the web, whoever made the edit (a pushed change,
 * the web editor, the demo seed): both sides' losing versions go to history, a changed entity takes
 * the inspection's next change sequence number, and the web's clock advances past every stamp it
 * saw. Runs inside the caller's transaction, so all of it lands together or not at all.
 */
public final class MergeWriter {

    private final Comments comments;
    private final Photos photos;
    private final Inspections inspections;
    private final WebHistory history;
    private final HybridClock webClock;
    private final Clock clock;

    public MergeWriter(Comments comments, Photos photos, Inspections inspections, WebHistory history,
                       HybridClock webClock, Clock clock) {
        this.comments = comments;
        this.photos = photos;
        this.inspections = inspections;
        this.history = history;
        this.webClock = webClock;
        this.clock = clock;
    }

    public void comment(Connection c, UUID inspectionId, CommentRecord incoming, RecordMerge.Result<CommentRecord> merge)
            throws SQLException {
        history.keep(c, inspectionId, WebHistory.COMMENT, incoming.id(), losses(merge), clock.millis());
        if (merge.changed()) {
            comments.put(c, inspectionId, merge.merged(), inspections.nextSequence(c, inspectionId));
            inspections.markStarted(c, inspectionId);
        }
        observe(incoming.text(), incoming.rating(), incoming.deleted());
        webClock.observe(incoming.created());
    }

    public void photo(Connection c, UUID inspectionId, PhotoRecord incoming, RecordMerge.Result<PhotoRecord> merge)
            throws SQLException {
        history.keep(c, inspectionId, WebHistory.PHOTO, incoming.id(), losses(merge), clock.millis());
        if (merge.changed()) {
            photos.put(c, inspectionId, merge.merged(), inspections.nextSequence(c, inspectionId));
            inspections.markStarted(c, inspectionId);
        }
        observe(incoming.content(), incoming.caption(), incoming.deleted());
        webClock.observe(incoming.created());
    }

    private static List<RecordMerge.Loss> losses(RecordMerge.Result<?> merge) {
        List<RecordMerge.Loss> all = new ArrayList<>(merge.currentLost());
        all.addAll(merge.incomingLost());
        return all;
    }

    private void observe(Stamped<?>... fields) {
        for (Stamped<?> f : fields) {
            if (f != null) {
                webClock.observe(f.stamp());
            }
        }
    }
}
