package io.fieldreport.sync.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.CancelToken;
import io.fieldreport.sync.SyncCancelledException;
import io.fieldreport.sync.SyncException;
import io.fieldreport.sync.transport.Cancellation;
import io.fieldreport.sync.transport.WebApi;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ParallelStepsTest {

    private final ExecutorService pool = Executors.newCachedThreadPool();
    /** No step here calls the web; the steps only need a WebApi to hand on. */
    private final WebApi web = (WebApi) Proxy.newProxyInstance(WebApi.class.getClassLoader(),
            new Class<?>[] {WebApi.class}, (proxy, method, args) -> {
                if (method.getName().equals("cancellable")) {
                    return proxy;
                }
                throw new UnsupportedOperationException(method.getName());
            });

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private static List<Integer> items(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    @Test
    void everyItemIsDoneOnceWithAtMostTheWidthAtATime() throws Exception {
        Set<Integer> done = ConcurrentHashMap.newKeySet();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch threeIn = new CountDownLatch(3);

        new ParallelSteps(pool, 3).run(items(40), web, Cancellation.NEVER, (i, api, stop) -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            threeIn.countDown();
            try {
                // The first three wait for each other: proof that three run at once, not one by one.
                assertTrue(threeIn.await(10, TimeUnit.SECONDS), "three steps at once");
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            assertTrue(done.add(i), "item " + i + " done twice");
            running.decrementAndGet();
        });

        assertEquals(40, done.size());
        assertEquals(3, most.get());
    }

    @Test
    void theFirstFailureStopsTheOtherStepsAndIsTheOneThrown() {
        SyncException broken = new SyncException("the web went away");
        AtomicInteger started = new AtomicInteger();
        CountDownLatch failed = new CountDownLatch(1);

        SyncException thrown = assertThrows(SyncException.class, () ->
                new ParallelSteps(pool, 3).run(items(100), web, Cancellation.NEVER, (i, api, stop) -> {
                    started.incrementAndGet();
                    if (i == 0) {
                        failed.countDown();
                        throw broken;
                    }
                    // The others see the stop as a Cancel would show it: at their next safe point.
                    waitFor(failed);
                    waitUntil(stop::isCancelled);
                    throw new SyncCancelledException();
                }));

        assertSame(broken, thrown);
        assertTrue(started.get() <= 3, "no new step after the failure: " + started.get());
    }

    @Test
    void aCancelStopsEveryStepAndIsReportedAsACancel() {
        CancelToken cancel = new CancelToken();
        AtomicInteger started = new AtomicInteger();

        assertThrows(SyncCancelledException.class, () ->
                new ParallelSteps(pool, 2).run(items(50), web, cancel, (i, api, stop) -> {
                    if (started.incrementAndGet() == 2) {
                        cancel.cancel();
                    }
                    waitUntil(stop::isCancelled);
                    throw new SyncCancelledException();
                }));

        assertTrue(started.get() <= 3, "steps after the cancel: " + started.get());
    }

    @Test
    void aSingleItemRunsOnTheCallingThread() throws Exception {
        Thread caller = Thread.currentThread();
        Thread[] ran = new Thread[1];

        new ParallelSteps(pool, 3).run(items(1), web, Cancellation.NEVER, (i, api, stop) -> ran[0] = Thread.currentThread());

        assertSame(caller, ran[0]);
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "condition not met in 10 s");
            Thread.onSpinWait();
        }
    }
}
