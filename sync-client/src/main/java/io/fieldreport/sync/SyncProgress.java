package io.fieldreport.sync;

/**
 * A snapshot of a running operation: its phase and the items and bytes of that phase done so far.
 * A total of -1 means not known yet (pulling pages). {@code detail} says more in words, e.g. who
 * holds the sync lock.
 */
public record SyncProgress(Operation operation, Phase phase, long itemsDone, long itemsTotal,
                           long bytesDone, long bytesTotal, String detail) {

    /** The fraction done, for a progress bar; -1 when unknown. */
    public double fraction() {
        if (bytesTotal > 0) {
            return Math.min(1.0, (double) bytesDone / bytesTotal);
        }
        if (itemsTotal > 0) {
            return Math.min(1.0, (double) itemsDone / itemsTotal);
        }
        return itemsTotal == 0 && phase == Phase.DONE ? 1.0 : -1;
    }
}
