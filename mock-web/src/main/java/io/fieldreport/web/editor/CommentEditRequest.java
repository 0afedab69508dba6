package io.fieldreport.web.editor;

/** The web editor's {@code POST .../comments/{commentId}/edit} body: {@code {"text"?, "rating"?}}. */
public record CommentEditRequest(String text, String rating) {

    public WebEdit toEdit() {
        return WebEdit.parse(text, rating);
    }
}
