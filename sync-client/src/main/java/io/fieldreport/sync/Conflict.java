package io.fieldreport.sync;

import io.fieldreport.sync.clock.Stamp;
import java.time.Instant;
import java.util.UUID;

/**
 * One of this inspector's edits that lost to a newer edit made elsewhere, waiting for a decision:
 * "keep mine" (make it current again as a new edit) or "use theirs" (dismiss). {@code mine} and
 * {@code theirs} are in words: the text itself, a rating's label, "Deleted".
 */
public record Conflict(long id, UUID inspectionId, String entity, UUID entityId, String itemId, String field,
                       String mine, Stamp mineStamp, String theirs, String theirAuthor, Stamp theirStamp,
                       Instant recordedAt) {
}
