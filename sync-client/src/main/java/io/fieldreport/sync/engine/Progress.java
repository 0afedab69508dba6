package io.fieldreport.sync.engine;

import io.fieldreport.sync.Operation;
import io.fieldreport.sync.Phase;
import io.fieldreport.sync.SyncListener;
import io.fieldreport.sync.SyncProgress;

/**
 * Reports one operation's progress to its listener: phase changes and finished items at once, byte
 * counts at most every 50 ms so a fast transfer does not flood the UI.
 */
final class Progress {

    private static final long BYTE_REPORT_NANOS = 50_000_000L;

    private final Operation operation;
    private final SyncListener listener;
    private Phase phase = Phase.STARTING;
    private long itemsDone;
    private long itemsTotal = -1;
    private long bytesDone;
    private long bytesTotal;
    private String detail = "";
    private long lastBytesReport;

    Progress(Operation operation, SyncListener listener) {
        this.operation = operation;
        this.listener = listener;
    }

    /**
     * Progress that tells nobody, for work running beside a phase that is being reported (the
     * comment changes sent while the photos upload), so the two do not reset each other's counts.
     */
    Progress quiet() {
        return new Progress(operation, SyncListener.NONE);
    }

    Operation operation() {
        return operation;
    }

    synchronized void phase(Phase next, long items, long bytes) {
        phase(next, items, bytes, "");
    }

    synchronized void phase(Phase next, long items, long bytes, String words) {
        phase = next;
        itemsDone = 0;
        itemsTotal = items;
        bytesDone = 0;
        bytesTotal = bytes;
        detail = words;
        emit();
    }

    synchronized void items(long done) {
        itemsDone += done;
        emit();
    }

    synchronized void bytes(long done) {
        bytesDone += done;
        long now = System.nanoTime();
        if (now - lastBytesReport >= BYTE_REPORT_NANOS || bytesDone >= bytesTotal) {
            lastBytesReport = now;
            emit();
        }
    }

    synchronized void detail(String text) {
        detail = text;
        emit();
    }

    /** A retry is coming: said in the detail without losing the phase's counts. */
    synchronized void retrying(String why) {
        detail = "Connection trouble (" + why + "); trying again";
        emit();
    }

    synchronized void done() {
        phase = Phase.DONE;
        detail = "";
        emit();
    }

    private void emit() {
        listener.progress(new SyncProgress(operation, phase, itemsDone, itemsTotal, bytesDone, bytesTotal, detail));
    }
}
