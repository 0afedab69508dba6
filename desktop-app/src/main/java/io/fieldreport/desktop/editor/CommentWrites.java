package io.fieldreport.desktop.editor;

import io.fieldreport.sync.SyncClient;
import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.sync.protocol.Rating;
import io.fieldreport.sync.store.CommentEdit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A comment's text and rating as the laptop's store holds them, as far as the editor knows, and the
 * one way the editor writes them: only the fields that differ (so a newer edit of the other field,
 * synced meanwhile, is not overwritten), and never an older version of the inspector's typing over
 * a newer one. Writes block and run on worker threads, the autosave's and the last one when the app
 * quits; the FX thread reads what is stored without waiting for them.
 */
final class CommentWrites {

    /** The two fields the editor writes. */
    record Fields(String text, Rating rating) {
    }

    /** What is stored, and the number of the edit that stored it. */
    private record Stored(Fields fields, long version) {
    }

    private final SyncClient client;
    private final UUID commentId;
    /** Held for a whole write: two writes of one comment never overlap, whatever threads they run on. */
    private final Object writing = new Object();
    private volatile Stored stored;

    CommentWrites(SyncClient client, UUID commentId, Fields initial) {
        this.client = client;
        this.commentId = commentId;
        this.stored = new Stored(initial, 0);
    }

    /** What the store holds; safe from any thread, never waits for a write. */
    Fields stored() {
        return stored.fields();
    }

    /** Takes the store's version after a load or a Sync; only while no write of this comment is under way. */
    void adopt(Fields fields) {
        synchronized (writing) {
            stored = new Stored(fields, stored.version());
        }
    }

    /**
     * Brings the store to {@code wanted}, the inspector's edit number {@code version}: writes the
     * fields that differ from what is stored, and nothing when a later edit was written meanwhile
     * (a write queued before the app began to quit, running after the last one). Blocks.
     *
     * @return the stored comment, or empty when nothing needed writing
     */
    Optional<CommentRecord> write(long version, Fields wanted) {
        synchronized (writing) {
            Stored now = stored;
            if (version <= now.version()) {
                return Optional.empty();
            }
            boolean textChanged = !Objects.equals(wanted.text(), now.fields().text());
            boolean ratingChanged = !Objects.equals(wanted.rating(), now.fields().rating());
            if (!textChanged && !ratingChanged) {
                stored = new Stored(now.fields(), version);
                return Optional.empty();
            }
            CommentRecord saved = client.editComment(commentId,
                    new CommentEdit(textChanged ? wanted.text() : null, ratingChanged, wanted.rating()));
            stored = new Stored(wanted, version);
            return Optional.of(saved);
        }
    }
}
