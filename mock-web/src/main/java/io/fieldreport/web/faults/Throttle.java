package io.fieldreport.web.faults;

import java.io.IOException;
import java.io.InterruptedIOException;

/**
 * Paces a byte stream to a rate: after each piece it waits until the bytes moved so far are due.
 * Waiting here is the point (it simulates a slow link), not synchronisation.
 */
final class Throttle {

    private final long bytesPerSecond;
    private final long startNanos = System.nanoTime();
    private long moved;

    Throttle(long bytesPerSecond) {
        this.bytesPerSecond = bytesPerSecond;
    }

    /** The largest piece to move at once: about a twentieth of a second's worth. */
    int piece() {
        return (int) Math.max(1, Math.min(64 * 1024, bytesPerSecond / 20));
    }

    void moved(long bytes) throws IOException {
        moved += bytes;
        long dueNanos = moved * 1_000_000_000L / bytesPerSecond;
        long waitNanos = dueNanos - (System.nanoTime() - startNanos);
        if (waitNanos > 0) {
            try {
                Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("stopped while pacing a slow connection");
            }
        }
    }
}
