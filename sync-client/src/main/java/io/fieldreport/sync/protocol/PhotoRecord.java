package io.fieldreport.sync.protocol;

import io.fieldreport.sync.clock.Stamp;
import io.fieldreport.sync.clock.Stamped;
import java.util.UUID;

/**
 * A photo on a comment, or the part of it that one change carries. The content (which bytes) is an
 * edit like the caption, so a reduced copy sent over a poor connection can later be replaced by the
 * original. A field that is {@code null} is not part of this change.
 */
public record PhotoRecord(UUID id, UUID commentId, Stamp created,
                          Stamped<PhotoContent> content, Stamped<String> caption, Stamped<Boolean> deleted) {

    public static final int MAX_CAPTION = 2_000;

    public PhotoRecord {
        Require.present(id, "id");
        Require.present(commentId, "commentId");
        Require.present(created, "created");
        if (content != null) {
            Require.present(content.value(), "content.value");
        }
        if (caption != null) {
            Require.text(caption.value(), "caption.value", MAX_CAPTION);
        }
        if (deleted != null) {
            Require.present(deleted.value(), "deleted.value");
        }
    }

    public boolean isComplete() {
        return content != null && caption != null && deleted != null;
    }

    public boolean hasFields() {
        return content != null || caption != null || deleted != null;
    }
}
