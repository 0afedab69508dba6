package io.fieldreport.web.editor;

import io.fieldreport.sync.clock.Stamp;
import io.fieldreport.web.http.ApiException;

/**
 * The web editor's {@code POST .../comments/{commentId}/edit} body:
 * {@code {"text"?, "textStamp"?, "rating"?, "ratingStamp"?}}. Each field sent comes with the stamp of
 * the version the editor showed when the office user began editing, so an edit made on a version
 * that someone replaced meanwhile is refused instead of overwriting it (docs/PROTOCOL.md, "Web editor API").
 */
public record CommentEditRequest(String text, Stamp textStamp, String rating, Stamp ratingStamp) {

    public WebEdit toEdit() {
        WebEdit edit = WebEdit.parse(text, rating);
        if (text != null && textStamp == null) {
            throw ApiException.badRequest("Invalid edit: text needs textStamp, the stamp of the text the editor"
                    + " showed (the comment's text.stamp).");
        }
        if (rating != null && ratingStamp == null) {
            throw ApiException.badRequest("Invalid edit: rating needs ratingStamp, the stamp of the rating the"
                    + " editor showed (the comment's rating.stamp).");
        }
        try {
            return edit.onlyIfStill(textStamp, ratingStamp);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Invalid edit: " + e.getMessage() + ".");
        }
    }
}
