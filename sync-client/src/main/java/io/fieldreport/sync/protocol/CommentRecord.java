package io.fieldreport.sync.protocol;

import io.fieldreport.sync.clock.Stamp;
import io.fieldreport.sync.clock.Stamped;
import java.util.UUID;

/**
 * A comment, or the part of it that one change carries. The id, item and creation stamp never change;
 * text, rating and deleted each carry their own edit stamp so that edits of different fields on
 * different devices both survive. A field that is {@code null} is not part of this change; a rating
 * whose value is {@code null} means "not rated".
 */
public record CommentRecord(UUID id, String itemId, Stamp created,
                            Stamped<String> text, Stamped<Rating> rating, Stamped<Boolean> deleted) {

    /** Longest comment text the web and the laptop accept, in characters. */
    public static final int MAX_TEXT = 50_000;

    public CommentRecord {
        Require.present(id, "id");
        Require.present(itemId, "itemId");
        Require.present(created, "created");
        if (text != null) {
            Require.text(text.value(), "text.value", MAX_TEXT);
        }
        if (deleted != null) {
            Require.present(deleted.value(), "deleted.value");
        }
    }

    /** True when every field is present: what a web needs to create a comment it has never seen. */
    public boolean isComplete() {
        return text != null && rating != null && deleted != null;
    }

    public boolean hasFields() {
        return text != null || rating != null || deleted != null;
    }

    /** The field named as in {@link Fields}, or {@code null} when this change does not carry it. */
    public Stamped<?> field(String name) {
        return switch (name) {
            case Fields.TEXT -> text;
            case Fields.RATING -> rating;
            case Fields.DELETED -> deleted;
            default -> throw new IllegalArgumentException("a comment has no field '" + name + "'");
        };
    }
}
