package io.fieldreport.web.support;

import io.fieldreport.sync.clock.Stamp;
import io.fieldreport.sync.clock.Stamped;
import io.fieldreport.sync.protocol.Change;
import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.sync.protocol.PhotoContent;
import io.fieldreport.sync.protocol.PhotoRecord;
import io.fieldreport.sync.protocol.PushRequest;
import io.fieldreport.sync.protocol.Rating;
import java.util.List;
import java.util.UUID;

/** Wire records as a laptop would send them. */
public final class Records {

    public static final String ANA_LAPTOP = "lap-aaaaaaaaaaaa";
    public static final String BEN_LAPTOP = "lap-bbbbbbbbbbbb";
    /** 10:00 on the tests' day, in stamp milliseconds; edits are minutes after it. */
    public static final long T0 = TestWeb.START.toEpochMilli();

    private Records() {
    }

    public static Stamp at(int minute, String device) {
        return new Stamp(T0 + minute * 60_000L, 0, device);
    }

    /** A complete comment, every field stamped alike. */
    public static CommentRecord comment(UUID id, String itemId, String text, Rating rating, Stamp stamp, String author) {
        return new CommentRecord(id, itemId, stamp, new Stamped<>(text, stamp, author),
                new Stamped<>(rating, stamp, author), new Stamped<>(false, stamp, author));
    }

    /** Only some fields of a comment: what a later edit pushes. */
    public static CommentRecord edit(CommentRecord base, Stamped<String> text, Stamped<Rating> rating,
                                     Stamped<Boolean> deleted) {
        return new CommentRecord(base.id(), base.itemId(), base.created(), text, rating, deleted);
    }

    public static PhotoRecord photo(UUID id, UUID commentId, PhotoContent content, String caption, Stamp stamp,
                                    String author) {
        return new PhotoRecord(id, commentId, stamp, new Stamped<>(content, stamp, author),
                new Stamped<>(caption, stamp, author), new Stamped<>(false, stamp, author));
    }

    public static Change change(CommentRecord comment) {
        return Change.of(UUID.randomUUID(), comment);
    }

    public static Change change(PhotoRecord photo) {
        return Change.of(UUID.randomUUID(), photo);
    }

    public static PushRequest push(String device, Change... changes) {
        return new PushRequest(device, List.of(changes));
    }

    public static String push(UUID inspectionId) {
        return "/api/inspections/" + inspectionId + "/push";
    }

    public static String path(UUID inspectionId, String rest) {
        return "/api/inspections/" + inspectionId + rest;
    }
}
