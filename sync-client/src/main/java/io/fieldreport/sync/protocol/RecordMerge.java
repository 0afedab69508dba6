package io.fieldreport.sync.protocol;

import io.fieldreport.sync.clock.LatestEditWins;
import io.fieldreport.sync.clock.Stamped;
import java.util.ArrayList;
import java.util.List;

/**
 * Merges an incoming version of a comment or photo into the current one, field by field, by
 * {@link LatestEditWins}. Used by the web for pushes and by the laptop for pulls and push results, so
 * both sides merge the same way. Every version that loses, on either side, is reported so that the
 * caller can keep it in history.
 */
public final class RecordMerge {

    /** One field version that lost to a newer one. */
    public record Loss(String field, Stamped<?> loser, Stamped<?> winner) {
    }

    /**
     * @param merged      the version to keep
     * @param changed     whether {@code merged} differs from the current version
     * @param incomingLost fields where the incoming version lost (the sender's edit is superseded)
     * @param currentLost  fields where the current version was replaced by the incoming one
     */
    public record Result<R>(R merged, boolean changed, List<Loss> incomingLost, List<Loss> currentLost) {

        public Result {
            incomingLost = List.copyOf(incomingLost);
            currentLost = List.copyOf(currentLost);
        }

        public List<String> lostFields() {
            return incomingLost.stream().map(Loss::field).toList();
        }
    }

    private RecordMerge() {
    }

    /** @param current the version held now, or {@code null} when the comment is new here */
    public static Result<CommentRecord> merge(CommentRecord current, CommentRecord incoming) {
        if (current == null) {
            return new Result<>(incoming, true, List.of(), List.of());
        }
        requireSameEntity(current.id(), incoming.id());
        var m = new Merger();
        var text = m.field(Fields.TEXT, current.text(), incoming.text());
        var rating = m.field(Fields.RATING, current.rating(), incoming.rating());
        var deleted = m.field(Fields.DELETED, current.deleted(), incoming.deleted());
        var merged = new CommentRecord(current.id(), current.itemId(), current.created(), text, rating, deleted);
        return m.result(merged);
    }

    public static Result<PhotoRecord> merge(PhotoRecord current, PhotoRecord incoming) {
        if (current == null) {
            return new Result<>(incoming, true, List.of(), List.of());
        }
        requireSameEntity(current.id(), incoming.id());
        var m = new Merger();
        var content = m.field(Fields.CONTENT, current.content(), incoming.content());
        var caption = m.field(Fields.CAPTION, current.caption(), incoming.caption());
        var deleted = m.field(Fields.DELETED, current.deleted(), incoming.deleted());
        var merged = new PhotoRecord(current.id(), current.commentId(), current.created(), content, caption, deleted);
        return m.result(merged);
    }

    private static void requireSameEntity(Object a, Object b) {
        if (!a.equals(b)) {
            throw new IllegalArgumentException("cannot merge " + b + " into " + a);
        }
    }

    private static final class Merger {
        private final List<Loss> incomingLost = new ArrayList<>();
        private final List<Loss> currentLost = new ArrayList<>();
        private boolean changed;

        <T> Stamped<T> field(String name, Stamped<T> current, Stamped<T> incoming) {
            if (incoming == null) {
                return current;
            }
            switch (LatestEditWins.decide(incoming, current)) {
                case INCOMING_WINS -> {
                    if (current != null) {
                        currentLost.add(new Loss(name, current, incoming));
                    }
                    changed = true;
                    return incoming;
                }
                case CURRENT_WINS -> {
                    incomingLost.add(new Loss(name, incoming, current));
                    return current;
                }
                default -> {
                    return current;
                }
            }
        }

        <R> Result<R> result(R merged) {
            return new Result<>(merged, changed, incomingLost, currentLost);
        }
    }
}
