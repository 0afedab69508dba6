package io.fieldreport.web.pull;

import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.sync.protocol.PhotoRecord;
import io.fieldreport.sync.protocol.PullResponse;
import io.fieldreport.sync.store.Database;
import io.fieldreport.web.http.ApiException;
import io.fieldreport.web.storage.Comments;
import io.fieldreport.web.storage.InspectionRow;
import io.fieldreport.web.storage.Inspections;
import io.fieldreport.web.storage.Photos;
import io.fieldreport.web.storage.Stored;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Pull since a cursor (docs/PROTOCOL.md section 7). The cursor is the change sequence number of the
 * last entity a page carried; one page is read in one go, so it is a consistent cut of the web.
 */
public final class PullService {

    public static final int MAX_LIMIT = 1_000;

    private final Database db;
    private final Inspections inspections;
    private final Comments comments;
    private final Photos photos;
    private final int defaultLimit;

    public PullService(Database db, Inspections inspections, Comments comments, Photos photos, int defaultLimit) {
        this.db = db;
        this.inspections = inspections;
        this.comments = comments;
        this.photos = photos;
        this.defaultLimit = defaultLimit;
    }

    /**
     * @param since the {@code nextCursor} of an earlier page; {@code null} or empty for the start
     * @param limit at most this many entities; {@code null} for the configured default
     */
    public PullResponse pull(UUID inspectionId, String since, String limit) {
        int pageSize = limit(limit);
        return db.read(c -> {
            InspectionRow row = inspections.find(c, inspectionId).orElseThrow(() ->
                    ApiException.notFound("There is no inspection " + inspectionId + " on the web."));
            long after = cursor(since, row.changeSeq());
            List<Stored<CommentRecord>> cs = comments.after(c, inspectionId, after, pageSize + 1);
            List<Stored<PhotoRecord>> ps = photos.after(c, inspectionId, after, pageSize + 1);
            List<CommentRecord> pageComments = new ArrayList<>();
            List<PhotoRecord> pagePhotos = new ArrayList<>();
            int ci = 0;
            int pi = 0;
            long last = after;
            while (pageComments.size() + pagePhotos.size() < pageSize && (ci < cs.size() || pi < ps.size())) {
                boolean commentNext = pi >= ps.size() || ci < cs.size() && cs.get(ci).seq() < ps.get(pi).seq();
                if (commentNext) {
                    last = cs.get(ci).seq();
                    pageComments.add(cs.get(ci++).record());
                } else {
                    last = ps.get(pi).seq();
                    pagePhotos.add(ps.get(pi++).record());
                }
            }
            boolean more = ci < cs.size() || pi < ps.size();
            return new PullResponse(row.record(), pageComments, pagePhotos, Long.toString(last), more);
        });
    }

    private int limit(String text) {
        if (text == null) {
            return defaultLimit;
        }
        if (!text.matches("\\d{1,4}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > MAX_LIMIT) {
            throw ApiException.badRequest("limit must be a whole number from 1 to " + MAX_LIMIT + ", not '" + text + "'.");
        }
        return Integer.parseInt(text);
    }

    private static long cursor(String text, long latest) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        if (!text.matches("\\d{1,18}") || Long.parseLong(text) > latest) {
            throw ApiException.badRequest("The cursor '" + text + "' was not issued by this web for this"
                    + " inspection; pull from the start (no since) instead.");
        }
        return Long.parseLong(text);
    }
}
