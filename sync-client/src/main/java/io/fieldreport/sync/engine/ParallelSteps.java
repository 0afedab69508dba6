package io.fieldreport.sync.engine;

import io.fieldreport.sync.CancelToken;
import io.fieldreport.sync.SyncCancelledException;
import io.fieldreport.sync.SyncException;
import io.fieldreport.sync.transport.Cancellation;
import io.fieldreport.sync.transport.WebApi;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one step (a photo upload, a photo download) over a list of items, a few at a time. Photos
 * one after the other left the network idle while each waited for the disk (an fsync at the web,
 * another here, a commit): with a few in flight, one photo's transfer overlaps another's waits.
 *
 * <p>The calling thread works too, so the steps never wait for a free pool thread. The first step
 * that fails stops the others at their next safe point (their network call in flight is aborted,
 * as by Cancel) and its exception is the one thrown; a Cancel stops them all the same way. What a
 * finished step did (bytes the web verified, a photo stored here) stays done.
 */
final class ParallelSteps {

    /** One step for one item; it must be safe to run beside the same step for other items. */
    @FunctionalInterface
    interface Step<T> {
        void run(T item, WebApi api, Cancellation cancel) throws SyncException;
    }

    private final Executor pool;
    private final int width;

    /** @param width how many steps at most run at once, the calling thread's included */
    ParallelSteps(Executor pool, int width) {
        if (width < 1) {
            throw new IllegalArgumentException("width must be at least 1: " + width);
        }
        this.pool = pool;
        this.width = width;
    }

    <T> void run(List<T> items, WebApi api, Cancellation cancel, Step<T> step) throws SyncException {
        CancelToken stop = new CancelToken();
        try (Cancellation.Registration linked = cancel.onCancel(stop::cancel)) {
            WebApi stoppable = api.cancellable(stop);
            AtomicInteger next = new AtomicInteger();
            List<FutureTask<Void>> helpers = new ArrayList<>();
            for (int i = 1; i < Math.min(width, items.size()); i++) {
                FutureTask<Void> task = new FutureTask<>(() -> {
                    work(items, next, stoppable, stop, step);
                    return null;
                });
                helpers.add(task);
                pool.execute(task);
            }
            Throwable first = null;
            try {
                work(items, next, stoppable, stop, step);
            } catch (SyncException | RuntimeException | Error e) {
                first = e;
            }
            for (Future<Void> helper : helpers) {
                Throwable failed = outcome(helper);
                if (first == null || first instanceof SyncCancelledException && failed != null
                        && !(failed instanceof SyncCancelledException)) {
                    first = failed; // the real cause, not the cancel it caused in the other steps
                }
            }
            if (first instanceof RuntimeException r) {
                throw r;
            }
            if (first instanceof Error e) {
                throw e;
            }
            if (first != null) {
                throw cancel.isCancelled() ? new SyncCancelledException() : (SyncException) first;
            }
        }
    }

    private static <T> void work(List<T> items, AtomicInteger next, WebApi api, CancelToken stop, Step<T> step)
            throws SyncException {
        try {
            for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
                if (stop.isCancelled()) {
                    throw new SyncCancelledException();
                }
                step.run(items.get(i), api, stop);
            }
        } catch (SyncException | RuntimeException | Error e) {
            stop.cancel();
            throw e;
        }
    }

    /** Waits for a helper to end (the steps stop by themselves once stopped) and says how it failed, if it did. */
    private static Throwable outcome(Future<Void> helper) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    helper.get();
                    return null;
                } catch (InterruptedException e) {
                    // Leaving before the helper ends could close the profile under a write in progress.
                    interrupted = true;
                } catch (ExecutionException e) {
                    return e.getCause();
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
