package io.fieldreport.sync.store;

import io.fieldreport.sync.protocol.Fields;
import io.fieldreport.sync.protocol.PhotoContent;
import io.fieldreport.sync.protocol.Rating;
import io.fieldreport.sync.protocol.WireCodec;
import io.fieldreport.sync.protocol.WireFormatException;

/** Turns a history entry's JSON value back into the field's value, and into words for people. */
public final class FieldValues {

    private final WireCodec codec;

    public FieldValues(WireCodec codec) {
        this.codec = codec;
    }

    /** The value as the field's type: String, Rating (or null), Boolean or PhotoContent. */
    public Object decode(String field, String json) {
        if (json == null || json.equals("null")) {
            return null;
        }
        try {
            return switch (field) {
                case Fields.TEXT, Fields.CAPTION -> codec.decode(json, String.class);
                case Fields.RATING -> codec.decode(json, Rating.class);
                case Fields.DELETED -> codec.decode(json, Boolean.class);
                case Fields.CONTENT -> codec.decode(json, PhotoContent.class);
                default -> throw new IllegalArgumentException("unknown field " + field);
            };
        } catch (WireFormatException e) {
            throw new StoreException("A kept version of field " + field + " is unreadable: " + e.getMessage(), e);
        }
    }

    /** The value in words: the text itself, a rating's label, "deleted", a photo's short hash. */
    public String display(String field, String json) {
        Object v = decode(field, json);
        return switch (field) {
            case Fields.RATING -> v == null ? "Not rated" : ((Rating) v).label();
            case Fields.DELETED -> Boolean.TRUE.equals(v) ? "Deleted" : "Not deleted";
            case Fields.CONTENT -> v == null ? "" : "photo " + ((PhotoContent) v).sha256().substring(0, 12);
            default -> v == null ? "" : (String) v;
        };
    }
}
