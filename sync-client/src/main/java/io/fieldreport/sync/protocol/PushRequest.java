package io.fieldreport.sync.protocol;

import io.fieldreport.sync.clock.Stamp;
import java.util.List;

/** {@code POST /api/inspections/{id}/push}: changes applied in order, each on its own. */
public record PushRequest(String deviceId, List<Change> changes) {

    /** The most changes one push may carry; a client splits a larger outbox into batches. */
    public static final int MAX_CHANGES = 500;

    public PushRequest {
        Require.present(deviceId, "deviceId");
        if (!Stamp.isValidDevice(deviceId)) {
            throw new IllegalArgumentException("invalid deviceId '" + deviceId + "'");
        }
        changes = Require.list(changes, "changes");
        if (changes.size() > MAX_CHANGES) {
            throw new IllegalArgumentException(
                    "a push carries at most " + MAX_CHANGES + " changes, not " + changes.size());
        }
    }
}
