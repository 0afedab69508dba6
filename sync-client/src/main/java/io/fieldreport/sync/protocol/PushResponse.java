package io.fieldreport.sync.protocol;

import java.util.List;

/** The results of a push, one per change and in the same order. */
public record PushResponse(List<ChangeResult> results) {

    public PushResponse {
        results = Require.list(results, "results");
    }
}
