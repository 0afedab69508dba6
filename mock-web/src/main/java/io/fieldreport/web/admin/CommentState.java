package io.fieldreport.web.admin;

import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.web.storage.WebHistoryEntry;
import java.util.List;

/** A comment as the web holds it, with its change sequence number and every version that lost at the web. */
public record CommentState(CommentRecord comment, long sequence, List<WebHistoryEntry> history) {

    public CommentState {
        history = List.copyOf(history);
    }
}
