package io.fieldreport.desktop.syncstatus;

import io.fieldreport.sync.Operation;
import io.fieldreport.sync.SyncResult;
import io.fieldreport.sync.VerifyReport;

/** How a Save, Sync, Force Sync, Verify or download ended: what the rest of the window reacts to. */
public sealed interface OperationOutcome {

    Operation operation();

    /** Whether the inspector started it (a button, a shortcut), rather than auto-sync. */
    boolean manual();

    record Succeeded(Operation operation, boolean manual, SyncResult result) implements OperationOutcome {
    }

    record Verified(Operation operation, boolean manual, VerifyReport report) implements OperationOutcome {
    }

    record Cancelled(Operation operation, boolean manual) implements OperationOutcome {
    }

    record Failed(Operation operation, boolean manual, Throwable error) implements OperationOutcome {
    }
}
