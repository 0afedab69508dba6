package io.fieldreport.desktop.background;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** The production {@link Delay}: one daemon timer thread, and the action sent to the UI thread. */
public final class ScheduledDelay implements Delay, AutoCloseable {

    private final TaskRunner runner;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fieldreport-timer");
        t.setDaemon(true);
        return t;
    });

    public ScheduledDelay(TaskRunner runner) {
        this.runner = runner;
    }

    @Override
    public Pending after(Duration pause, Runnable actionOnUi) {
        // The flag closes the gap between the timer firing and the action reaching the UI thread:
        // a cancel in that gap must still stop it.
        AtomicBoolean cancelled = new AtomicBoolean();
        ScheduledFuture<?> f = timer.schedule(() -> runner.onUi(() -> {
            if (!cancelled.get()) {
                actionOnUi.run();
            }
        }), pause.toMillis(), TimeUnit.MILLISECONDS);
        return () -> {
            cancelled.set(true);
            f.cancel(false);
        };
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
