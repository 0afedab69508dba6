package io.fieldreport.sync.protocol;

/** Field names as they appear in results, manifests and history. */
public final class Fields {

    public static final String TEXT = "text";
    public static final String RATING = "rating";
    public static final String DELETED = "deleted";
    public static final String CONTENT = "content";
    public static final String CAPTION = "caption";

    private Fields() {
    }
}
