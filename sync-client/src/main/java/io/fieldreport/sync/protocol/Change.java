package io.fieldreport.sync.protocol;

import java.util.UUID;

/**
 * One entry of a push: a comment or a photo (exactly one of them) with the fields this change sets.
 * The change id makes a push idempotent: the web applies a change id once and answers a replay with
 * the result it recorded.
 */
public record Change(UUID changeId, CommentRecord comment, PhotoRecord photo) {

    public Change {
        Require.present(changeId, "changeId");
        if ((comment == null) == (photo == null)) {
            throw new IllegalArgumentException("a change carries exactly one of 'comment' and 'photo'");
        }
        if (comment != null && !comment.hasFields() || photo != null && !photo.hasFields()) {
            throw new IllegalArgumentException("change " + changeId + " sets no field");
        }
    }

    public static Change of(UUID changeId, CommentRecord comment) {
        return new Change(changeId, comment, null);
    }

    public static Change of(UUID changeId, PhotoRecord photo) {
        return new Change(changeId, null, photo);
    }

    public UUID entityId() {
        return comment != null ? comment.id() : photo.id();
    }
}
