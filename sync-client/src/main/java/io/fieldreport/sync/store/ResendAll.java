package io.fieldreport.sync.store;

import io.fieldreport.sync.clock.Stamp;
import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.sync.protocol.PhotoRecord;
import java.util.UUID;

/**
 * Force Sync's first step: queues every comment and photo of an inspection again, whole and with
 * their original stamps, as if never sent, and marks its photos as not confirmed by the web. The web
 * treats a version it already holds as the same edit, so this is safe, and cheap where it is there.
 */
public final class ResendAll {

    private final Database db;
    private final Outbox outbox;
    private final PhotoQueue photos;

    public ResendAll(Database db, Outbox outbox, PhotoQueue photos) {
        this.db = db;
        this.outbox = outbox;
        this.photos = photos;
    }

    /** @return how many comments and photos were queued */
    public int requeue(UUID inspectionId) {
        return db.transaction(c -> {
            int n = 0;
            for (CommentRecord comment : CommentTable.list(c, inspectionId, null)) {
                outbox.enqueue(c, inspectionId, comment, newest(comment.text().stamp(), comment.rating().stamp(),
                        comment.deleted().stamp()), true);
                n++;
            }
            for (PhotoRecord photo : PhotoTable.list(c, inspectionId, null)) {
                outbox.enqueue(c, inspectionId, photo, newest(photo.content().stamp(), photo.caption().stamp(),
                        photo.deleted().stamp()), true);
                n++;
            }
            photos.markAllUnsent(c, inspectionId);
            return n;
        });
    }

    private static Stamp newest(Stamp a, Stamp b, Stamp c) {
        Stamp ab = a.compareTo(b) >= 0 ? a : b;
        return ab.compareTo(c) >= 0 ? ab : c;
    }
}
