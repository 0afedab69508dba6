package io.fieldreport.desktop.testing;

import io.fieldreport.desktop.background.Drainable;
import io.fieldreport.desktop.background.TaskRunner;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A {@link TaskRunner} whose work runs at once on the calling thread until {@link #hold()}; from
 * then on, work runs on a worker thread only after {@link #release()} (a slow store), and its
 * answers never come back, as when the FX thread has stopped because the app is quitting.
 */
public final class HoldingTaskRunner implements TaskRunner, Drainable {

    private final DirectTaskRunner direct = new DirectTaskRunner();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "held-work");
        t.setDaemon(true);
        return t;
    });
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile boolean holding;

    /** From now on, work waits for {@link #release()} and its answers are dropped. */
    public void hold() {
        holding = true;
    }

    /** Lets the held work run. */
    public void release() {
        released.countDown();
    }

    @Override
    public <T> void run(String what, Work<T> work, Consumer<? super T> done, Consumer<? super Throwable> failed) {
        if (!holding) {
            direct.run(what, work, done, failed);
            return;
        }
        worker.execute(() -> {
            try {
                released.await();
                work.call();
            } catch (Exception e) {
                // Its answer would have gone to the FX thread, which no longer runs anything.
            }
        });
    }

    @Override
    public void onUi(Runnable action) {
        if (!holding) {
            action.run();
        }
    }

    @Override
    public boolean drain(Duration limit) throws InterruptedException {
        worker.shutdown();
        return worker.awaitTermination(limit.toMillis(), TimeUnit.MILLISECONDS);
    }
}
