package io.fieldreport.desktop.background;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Hands the newest of a stream of values to the UI thread, dropping the ones the UI had no time to
 * show. A Sync reports progress for every piece of every photo; posting each one would flood the FX
 * thread's queue, so at most one hop is ever pending and it carries the latest value.
 */
public final class LatestOnUi<T> implements Consumer<T> {

    private final TaskRunner runner;
    private final Consumer<T> onUi;
    private final AtomicReference<T> latest = new AtomicReference<>();

    public LatestOnUi(TaskRunner runner, Consumer<T> onUi) {
        this.runner = runner;
        this.onUi = onUi;
    }

    /** Safe from any thread. */
    @Override
    public void accept(T value) {
        if (latest.getAndSet(value) == null) {
            runner.onUi(() -> onUi.accept(latest.getAndSet(null)));
        }
    }
}
