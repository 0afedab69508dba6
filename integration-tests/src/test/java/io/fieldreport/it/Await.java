package io.fieldreport.it;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Waits for a condition, checking it every few milliseconds, up to a limit: no fixed sleeps in tests. */
final class Await {

    private Await() {
    }

    /** @return whether the condition came true within {@code limit} */
    static boolean until(BooleanSupplier condition, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(10_000_000L);
        }
        return true;
    }
}
