package io.fieldreport.sync;

/** Signing out now would lose work that is not on the web yet. */
public final class UnsyncedWorkException extends SyncException {

    private final int changes;
    private final int photos;
    private final int originals;

    public UnsyncedWorkException(int changes, int photos) {
        this(changes, photos, 0);
    }

    /**
     * @param photos    photo files not on the web, counting {@code originals}
     * @param originals originals kept on this laptop while a reduced copy was sent
     */
    public UnsyncedWorkException(int changes, int photos, int originals) {
        super("Signing out now would lose " + changes + (changes == 1 ? " change" : " changes") + " and " + photos
                + (photos == 1 ? " photo" : " photos") + " that are not on the web yet."
                + (originals == 0 ? " Save or Sync first"
                        : " " + (originals == 1 ? "One is an original" : originals + " are originals")
                                + " kept on this laptop while a reduced copy was sent: set Photo quality to"
                                + " Original, then Save or Sync first")
                + ", or confirm that you accept losing them.");
        this.changes = changes;
        this.photos = photos;
        this.originals = originals;
    }

    public int changes() {
        return changes;
    }

    /** Photo files not on the web, including {@link #originals()}. */
    public int photos() {
        return photos;
    }

    public int originals() {
        return originals;
    }
}
