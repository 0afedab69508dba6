package io.fieldreport.sync;

/** Signing out now would lose work that is not on the web yet. */
public final class UnsyncedWorkException extends SyncException {

    private final int changes;
    private final int photos;
    private final int originals;
    private final int refused;

    public UnsyncedWorkException(int changes, int photos) {
        this(changes, photos, 0, 0);
    }

    /**
     * @param photos    photo files not on the web, counting {@code originals}
     * @param originals originals kept on this laptop while a reduced copy was sent
     * @param refused   changes the web refused for good, still listed on the Syncing Status page: their
     *                  edits are only on this laptop, and no Save will send them
     */
    public UnsyncedWorkException(int changes, int photos, int originals, int refused) {
        super(message(changes, photos, originals, refused));
        this.changes = changes;
        this.photos = photos;
        this.originals = originals;
        this.refused = refused;
    }

    private static String message(int changes, int photos, int originals, int refused) {
        boolean unsent = changes > 0 || photos > 0 || refused == 0;
        StringBuilder s = new StringBuilder("Signing out now would lose ");
        if (unsent) {
            s.append(count(changes, "change")).append(" and ").append(count(photos, "photo"))
                    .append(" that are not on the web yet");
        }
        if (refused > 0) {
            s.append(unsent ? ", and " : "").append(count(refused, "change"))
                    .append(" the web refused (listed on the Syncing Status page), which no Save will send");
        }
        s.append('.');
        if (!unsent) {
            s.append(" Look at them on the Syncing Status page first");
        } else if (originals == 0) {
            s.append(" Save or Sync first");
        } else {
            s.append(" ").append(originals == 1 ? "One is an original" : originals + " are originals")
                    .append(" kept on this laptop while a reduced copy was sent: set Photo quality to Original,")
                    .append(" then Save or Sync first");
        }
        return s.append(", or confirm that you accept losing them.").toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
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

    /** Changes the web refused for good that are still listed: only on this laptop, and no Save sends them. */
    public int refused() {
        return refused;
    }
}
