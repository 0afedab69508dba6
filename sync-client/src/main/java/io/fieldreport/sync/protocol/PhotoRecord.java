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

    /** The field named as in {@link Fields}, or {@code null} when this change does not carry it. */
    public Stamped<?> field(String name) {
        return switch (name) {
            case Fields.CONTENT -> content;
            case Fields.CAPTION -> caption;
            case Fields.DELETED -> deleted;
            default -> throw new IllegalArgumentException("a photo has no field '" + name + "'");
        };
    }
}
