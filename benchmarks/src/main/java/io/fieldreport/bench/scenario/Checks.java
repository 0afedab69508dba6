package io.fieldreport.bench.scenario;

import io.fieldreport.sync.SyncResult;

/**
 * A timing only counts if the operation did the whole job: each measured operation's result is
 * checked, and a run that did less (or failed half-way) stops the benchmark instead of reporting a
 * flattering number.
 */
final class Checks {

    private Checks() {
    }

    static void require(boolean condition, String what, SyncResult result) {
        if (!condition) {
            throw new IllegalStateException(what + " did not do what was measured: " + result.summary() + " " + result);
        }
    }

    static void requireVerified(SyncResult result, String what) {
        require(result.verify() != null && result.verify().matched(), what + " (verify must match)", result);
        require(result.problems().isEmpty() && result.pendingAfter() == 0, what + " (nothing left pending)", result);
    }
}
