package io.fieldreport.sync.store;

import java.time.Instant;
import java.util.UUID;

/**
 * A change the web refused for good (for example: the report was published). It leaves the queue so
 * that it does not block the rest, and stays listed, with the web's reason, until acknowledged.
 * Its content stays on this laptop in the comment or photo itself.
 */
public record RejectedChange(UUID changeId, UUID inspectionId, String entity, UUID entityId,
                             String reason, String message, Instant rejectedAt, boolean acknowledged) {
}
