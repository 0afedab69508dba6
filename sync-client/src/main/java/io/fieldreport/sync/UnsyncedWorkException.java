package io.fieldreport.sync;

/** Signing out now would lose work that is not on the web yet. */
public final class UnsyncedWorkException extends SyncException {

    private final int changes;
    private final int photos;

    public UnsyncedWorkException(int changes, int photos) {
        super("Signing out now would lose " + changes + (changes == 1 ? " change" : " changes") + " and " + photos
                + (photos == 1 ? " photo" : " photos") + " that are not on the web yet. Save or Sync first, or confirm"
                + " that you accept losing them.");
        this.changes = changes;
        this.photos = photos;
    }

    public int changes() {
        return changes;
    }

    public int photos() {
        return photos;
    }
}
