package io.fieldreport.web.admin;

import io.fieldreport.sync.protocol.PhotoRecord;
import io.fieldreport.web.storage.WebHistoryEntry;
import java.util.List;

/** A photo record as the web holds it, whether its bytes are stored and verified, and its lost versions. */
public record PhotoState(PhotoRecord photo, long sequence, boolean bytesStored, List<WebHistoryEntry> history) {

    public PhotoState {
        history = List.copyOf(history);
    }
}
