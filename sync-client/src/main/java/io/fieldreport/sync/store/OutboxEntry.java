package io.fieldreport.sync.store;

import io.fieldreport.sync.protocol.Change;
import java.util.UUID;

/** A local change the web has not acknowledged yet, in queue order ({@code seq}). */
public record OutboxEntry(long seq, UUID inspectionId, Change change, int attempts, String lastError) {

    public UUID changeId() {
        return change.changeId();
    }
}
