package io.fieldreport.sync.clock;

/**
 * The one rule that decides between two versions of the same field, used by the laptop and by the
 * web alike: the version with the later {@link Stamp} wins; equal stamps (same millis and counter)
 * are ordered by device id, so every replica picks the same winner. Identical stamps name the same
 * edit, which is never a conflict.
 */
public final class LatestEditWins {

    public enum Decision {
        /** The incoming version is newer: it replaces the current one, which becomes history. */
        INCOMING_WINS,
        /** The current version is newer: the incoming one loses and becomes history. */
        CURRENT_WINS,
        /** Both are the same edit (a replay or an echo): nothing changes. */
        SAME_EDIT
    }

    private LatestEditWins() {
    }

    public static Decision decide(Stamped<?> incoming, Stamped<?> current) {
        if (current == null) {
            return Decision.INCOMING_WINS;
        }
        int c = incoming.stamp().compareTo(current.stamp());
        if (c > 0) {
            return Decision.INCOMING_WINS;
        }
        return c < 0 ? Decision.CURRENT_WINS : Decision.SAME_EDIT;
    }

    /** The winner of two versions, either of which may be absent. */
    public static <T> Stamped<T> winner(Stamped<T> a, Stamped<T> b) {
        if (a == null) {
            return b;
        }
        return decide(a, b) == Decision.INCOMING_WINS ? a : b;
    }
}
