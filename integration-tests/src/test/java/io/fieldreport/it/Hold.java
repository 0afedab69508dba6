package io.fieldreport.it;

import io.fieldreport.sync.SyncListener;
import io.fieldreport.sync.SyncProgress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * A listener that stops the operation reporting to it, the first time a condition holds, until the
 * test lets it go: an operation held at a known point (holding its lock, between two pull pages)
 * while the test does something else. Never holds longer than 30 s, so a failed test cannot hang.
 */
final class Hold implements SyncListener {

    private final Predicate<SyncProgress> where;
    private final AtomicBoolean fired = new AtomicBoolean();
    private final CountDownLatch reached = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    Hold(Predicate<SyncProgress> where) {
        this.where = where;
    }

    @Override
    public void progress(SyncProgress p) {
        if (where.test(p) && fired.compareAndSet(false, true)) {
            reached.countDown();
            try {
                released.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Waits until the operation is held; false after {@code seconds}. */
    boolean awaitHeld(long seconds) throws InterruptedException {
        return reached.await(seconds, TimeUnit.SECONDS);
    }

    void release() {
        released.countDown();
    }
}
