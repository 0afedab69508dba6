package io.fieldreport.sync.engine;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a task once after a delay: what the sync lock's renewals are scheduled on. Production wraps
 * the client's scheduler thread; tests run the tasks themselves, so no test waits for a lease.
 */
@FunctionalInterface
interface LeaseTimer {

    /** A task not run yet can be called off. */
    @FunctionalInterface
    interface Scheduled {
        void cancel();
    }

    Scheduled schedule(Runnable task, long delayMillis);

    static LeaseTimer of(ScheduledExecutorService scheduler) {
        return (task, delayMillis) -> {
            ScheduledFuture<?> f = scheduler.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
            return () -> f.cancel(false);
        };
    }
}
