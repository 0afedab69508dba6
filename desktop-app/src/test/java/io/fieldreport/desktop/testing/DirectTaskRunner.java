package io.fieldreport.desktop.testing;

import io.fieldreport.desktop.background.TaskRunner;
import java.util.function.Consumer;

/** Runs work and its callbacks at once on the calling thread: view model tests need no toolkit and no waiting. */
public final class DirectTaskRunner implements TaskRunner {

    @Override
    public <T> void run(String what, Work<T> work, Consumer<? super T> done, Consumer<? super Throwable> failed) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            failed.accept(e);
            return;
        }
        done.accept(result);
    }

    @Override
    public void onUi(Runnable action) {
        action.run();
    }
}
