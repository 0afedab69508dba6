package io.fieldreport.sync;

/** The operation was cancelled; what the web acknowledged stays acknowledged, the rest stays pending. */
public final class SyncCancelledException extends SyncException {

    public SyncCancelledException() {
        super("Cancelled. What reached the web stays there; everything else is still on this laptop and goes with the next Save or Sync.");
    }
}
