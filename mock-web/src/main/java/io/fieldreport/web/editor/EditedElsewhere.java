package io.fieldreport.web.editor;

import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.sync.protocol.ErrorBody;
import io.fieldreport.web.http.ErrorCode;

/**
 * A web editor edit refused because a field it changes was edited by someone else after the office
 * user opened it (or the comment was deleted meanwhile). Nothing was changed; the answer carries the
 * comment as the web holds it now, so the editor can show it and let the office user edit again.
 */
public final class EditedElsewhere extends RuntimeException {

    private final transient CommentRecord current;

    public EditedElsewhere(CommentRecord current, String message) {
        super(message, null, false, false);
        this.current = current;
    }

    public CommentRecord current() {
        return current;
    }

    /** The {@code 409} body: the protocol's error object plus {@code current}. */
    public Body body() {
        ErrorCode code = ErrorCode.EDITED_ELSEWHERE;
        return new Body(new ErrorBody.Detail(code.wireName(), getMessage(), code.retryable(), null), current);
    }

    /** {@code {"error": {...}, "current": CommentRecord}}. */
    public record Body(ErrorBody.Detail error, CommentRecord current) {
    }
}
