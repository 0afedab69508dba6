package io.fieldreport.sync.engine;

import io.fieldreport.sync.SyncCancelledException;
import io.fieldreport.sync.transport.Cancellation;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Waits between retries; a cancel ends the wait at once. Tests pass a pause that does not wait. */
@FunctionalInterface
public interface Pause {

    /** Waits for real, waking up when the operation is cancelled. */
    Pause REAL = (millis, cancellation) -> {
        CountDownLatch cancelled = new CountDownLatch(1);
        try (Cancellation.Registration ignored = cancellation.onCancel(cancelled::countDown)) {
            if (cancelled.await(millis, TimeUnit.MILLISECONDS)) {
                throw new SyncCancelledException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncCancelledException();
        }
    };

    void pause(long millis, Cancellation cancellation) throws SyncCancelledException;
}
