package io.fieldreport.web.admin;

import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.sync.protocol.InspectionRecord;
import io.fieldreport.sync.protocol.LockInfo;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Everything the web holds for one inspection: the header, its change sequence, every comment and
 * photo (tombstones included) with history, and who holds the sync lock ({@code null} when free).
 */
public record InspectionSnapshot(InspectionRecord inspection, long changeSequence, List<CommentState> comments,
                                 List<PhotoState> photos, LockInfo lock) {

    public InspectionSnapshot {
        comments = List.copyOf(comments);
        photos = List.copyOf(photos);
    }

    public Optional<CommentState> comment(UUID id) {
        return comments.stream().filter(c -> c.comment().id().equals(id)).findFirst();
    }

    public Optional<PhotoState> photo(UUID id) {
        return photos.stream().filter(p -> p.photo().id().equals(id)).findFirst();
    }

    /** The comment's current text, for tests and scripts that check what the web shows. */
    public Optional<String> textOf(UUID commentId) {
        return comment(commentId).map(CommentState::comment).map(CommentRecord::text).map(t -> t.value());
    }
}
