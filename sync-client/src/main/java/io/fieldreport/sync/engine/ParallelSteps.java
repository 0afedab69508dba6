package io.fieldreport.sync.engine;

import io.fieldreport.sync.CancelToken;
import io.fieldreport.sync.SyncCancelledException;
import io.fieldreport.sync.SyncException;
import io.fieldreport.sync.transport.Cancellation;
import io.fieldreport.sync.transport.WebApi;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
 * <p>The first step that fails stops the others at their next safe point (their network call in
 * flight is aborted, as by Cancel) and its exception is the one thrown; a Cancel stops them all the
 * same way. What a finished step did (bytes the web verified, a photo stored here) stays done.
 */
final class ParallelSteps {

    /** One step for one item; it must be safe to run beside the same step for other items. */
    @FunctionalInterface
    interface Step<T> {
        void run(T item, WebApi api, Cancellation cancel) throws SyncException;
    }

    private final Executor pool;
    private final int width;

    /** @param width how many steps at most run at once */
    ParallelSteps(Executor pool, int width) {
        if (width < 1) {
            throw new IllegalArgumentException("width must be at least 1: " + width);
        }
        this.pool = pool;
        this.width = width;
    }

    /** Runs every step and returns when all are done; the calling thread works too, so none waits for a pool thread. */
    <T> void run(List<T> items, WebApi api, Cancellation cancel, Step<T> step) throws SyncException {
        Running running = new Running(cancel);
        WorkList<T> work = new WorkList<>(items, running.stoppable(api), running.stop, step);
        for (int i = 1; i < Math.min(width, items.size()); i++) {
            running.add(pool, work);
        }
        try {
            work.call();
        } catch (SyncException | RuntimeException | Error e) {
            running.failed(e);
        }
        running.await();
    }

    /**
     * Starts the steps on pool threads and returns at once, so the caller can do other work
     * meanwhile; {@link Running#await} then waits for them.
     */
    <T> Running start(List<T> items, WebApi api, Cancellation cancel, Step<T> step) {
        Running running = new Running(cancel);
        WorkList<T> work = new WorkList<>(items, running.stoppable(api), running.stop, step);
        for (int i = 0; i < Math.min(width, items.size()); i++) {
            running.add(pool, work);
        }
        return running;
    }

    /** Steps under way. */
    static final class Running {

        private final Cancellation cancel;
        private final CancelToken stop = new CancelToken();
        private final Cancellation.Registration linked;
        private final List<FutureTask<Void>> tasks = new ArrayList<>();
        private Throwable first;

        private Running(Cancellation cancel) {
            this.cancel = cancel;
            this.linked = cancel.onCancel(stop::cancel);
        }

        private WebApi stoppable(WebApi api) {
            return api.cancellable(stop);
        }

        private void add(Executor pool, WorkList<?> work) {
            FutureTask<Void> task = new FutureTask<>(work);
            tasks.add(task);
            pool.execute(task);
        }

        boolean isEmpty() {
            return tasks.isEmpty();
        }

        /** Stops the steps at their next safe point, for a failure elsewhere; {@link #await} still waits for them. */
        void stop() {
            stop.cancel();
        }

        private void failed(Throwable e) {
            // The real cause wins over the cancels it caused in the other steps.
            if (first == null || first instanceof SyncCancelledException && !(e instanceof SyncCancelledException)) {
                first = e;
            }
        }

        /** Waits for every step to end, then throws the first failure, if any. */
        void await() throws SyncException {
            try {
                for (Future<Void> task : tasks) {
                    Throwable failed = outcome(task);
                    if (failed != null) {
                        failed(failed);
                    }
                }
            } finally {
                linked.close();
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

        /** Waits for a task to end (its steps stop by themselves once stopped) and says how it failed, if it did. */
        private static Throwable outcome(Future<Void> task) {
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        task.get();
                        return null;
                    } catch (InterruptedException e) {
                        // Leaving before the task ends could close the profile under a write in progress.
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

    /** The items, taken one at a time by whichever thread is free. */
    private static final class WorkList<T> implements Callable<Void> {
        private final List<T> items;
        private final WebApi api;
        private final CancelToken stop;
        private final Step<T> step;
        private final AtomicInteger next = new AtomicInteger();

        WorkList(List<T> items, WebApi api, CancelToken stop, Step<T> step) {
            this.items = items;
            this.api = api;
            this.stop = stop;
            this.step = step;
        }

        @Override
        public Void call() throws SyncException {
            try {
                for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
                    if (stop.isCancelled()) {
                        throw new SyncCancelledException();
                    }
                    step.run(items.get(i), api, stop);
                }
                return null;
            } catch (SyncException | RuntimeException | Error e) {
                stop.cancel();
                throw e;
            }
        }
    }
}
