package io.fieldreport.sync.store;

import io.fieldreport.sync.protocol.Change;
import java.util.UUID;

/**
 * A local change the web has not acknowledged yet, in queue order ({@code seq}). {@code attempts}
 * counts the pushes the web answered with a retryable rejection; {@code resent} marks Force Sync's
 * copy of a version the web had already acknowledged (no new edit in it).
 */
public record OutboxEntry(long seq, UUID inspectionId, Change change, int attempts, String lastError,
                          boolean resent) {

    public UUID changeId() {
        return change.changeId();
    }
}
