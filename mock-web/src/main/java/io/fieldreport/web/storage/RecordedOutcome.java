package io.fieldreport.web.storage;

import io.fieldreport.sync.protocol.ChangeOutcome;
import java.util.List;
import java.util.UUID;

/** What the web did the first time it saw a change id: the answer a replay gets again. */
public record RecordedOutcome(String entity, UUID entityId, ChangeOutcome outcome, List<String> lostFields) {

    public RecordedOutcome {
        lostFields = List.copyOf(lostFields);
    }
}
