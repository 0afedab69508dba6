package io.fieldreport.sync.protocol;

import java.util.List;

/**
 * {@code GET /api/inspections/{id}/changes?since=CURSOR}: the current version of every comment and
 * photo that changed on the web after the cursor, oldest change first, and the cursor to ask from
 * next. {@code more} is true when another page is waiting. The inspection header comes with every
 * page, so a laptop learns at once when the office publishes it.
 */
public record PullResponse(InspectionRecord inspection, List<CommentRecord> comments,
                           List<PhotoRecord> photos, String nextCursor, boolean more) {

    public PullResponse {
        Require.present(inspection, "inspection");
        comments = Require.listOrEmpty(comments, "comments");
        photos = Require.listOrEmpty(photos, "photos");
        Require.present(nextCursor, "nextCursor");
    }
}
