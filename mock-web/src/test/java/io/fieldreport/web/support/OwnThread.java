package io.fieldreport.web.support;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Runs a test's background task on a thread of its own. {@code CompletableFuture.supplyAsync}
 * without an executor uses the common pool, which has one worker on a 2-core machine; JDK 17 then
 * made a thread per task, newer JDKs queue the second task behind the first, and a test where one
 * task waits for another (two laptops syncing, a push and a shutdown) waits until it times out.
 */
public final class OwnThread {

    private OwnThread() {
    }

    public static <T> CompletableFuture<T> supply(Supplier<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                result.complete(task.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "test-task");
        t.setDaemon(true);
        t.start();
        return result;
    }

    public static CompletableFuture<Void> run(Runnable task) {
        return supply(() -> {
            task.run();
            return null;
        });
    }
}
