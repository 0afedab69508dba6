package io.fieldreport.desktop.background;

import java.util.function.Consumer;

/**
 * Where view models send work that must not run on the FX Application Thread (the database, the
 * web, files, image decoding), and the one way back to it. Production runs work on a small pool of
 * daemon threads and answers on the FX thread; tests run everything on the calling thread, so a
 * view model test needs no JavaFX toolkit and no waiting.
 */
public interface TaskRunner {

    /** Work that blocks; its result, or what it threw, goes to one of the callbacks. */
    @FunctionalInterface
    interface Work<T> {
        T call() throws Exception;
    }

    /**
     * Runs {@code work} in the background, then exactly one of {@code done} and {@code failed} on the
     * UI thread. {@code what} names the work for the log and the thread.
     */
    <T> void run(String what, Work<T> work, Consumer<? super T> done, Consumer<? super Throwable> failed);

    /** Runs {@code action} on the UI thread: the hop for callbacks that arrive on other threads. */
    void onUi(Runnable action);
}
