package io.fieldreport.desktop.background;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * The production {@link TaskRunner}: each piece of work is a {@link Task} on a small pool of daemon
 * threads (daemon, so a stuck network call never keeps the app from quitting), and its callbacks run
 * on the FX thread through the Task's own succeeded/failed events. This class and
 * {@link #onUi} are the only places that hop to the FX thread.
 */
public final class FxTaskRunner implements TaskRunner, Drainable {

    private static final System.Logger LOG = System.getLogger(FxTaskRunner.class.getName());

    private final ExecutorService pool;

    /**
     * @param threads how many pieces of work may run at once; a Sync holds one for its whole run, so
     *                leave room for autosaves and thumbnails beside it
     */
    public FxTaskRunner(int threads) {
        this(threads, "fieldreport-work");
    }

    public FxTaskRunner(int threads, String name) {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void run(String what, Work<T> work, Consumer<? super T> done, Consumer<? super Throwable> failed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> done.accept(task.getValue()));
        task.setOnFailed(e -> {
            Throwable error = task.getException();
            LOG.log(System.Logger.Level.DEBUG, () -> what + " failed", error);
            failed.accept(error);
        });
        if (pool.isShutdown()) {
            // The app is quitting: a timer or a late callback asked for more work; there is no one to show it to.
            LOG.log(System.Logger.Level.DEBUG, () -> "not started, the app is closing: " + what);
            return;
        }
        try {
            pool.execute(task);
        } catch (RejectedExecutionException e) {
            LOG.log(System.Logger.Level.DEBUG, () -> "not started, the app is closing: " + what);
        }
    }

    @Override
    public void onUi(Runnable action) {
        Platform.runLater(action);
    }

    /**
     * Stops taking work and waits for what was given to end. Its answers to the FX thread are not
     * waited for: when the app quits, that thread has stopped.
     */
    @Override
    public boolean drain(Duration limit) throws InterruptedException {
        pool.shutdown();
        return pool.awaitTermination(limit.toMillis(), TimeUnit.MILLISECONDS);
    }
}
