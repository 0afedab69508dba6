package io.fieldreport.sync.engine;

import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to wait before retrying a request that failed for a reason that may pass (timeout, 503,
 * cut connection): doubling from {@code initialMillis} up to {@code maxMillis}, with some jitter so
 * that laptops which lost the web together do not return together; at most {@code maxAttempts} tries.
 */
public record Backoff(long initialMillis, long maxMillis, int maxAttempts) {

    public static final Backoff DEFAULT = new Backoff(500, 8_000, 6);

    public Backoff {
        if (initialMillis < 0 || maxMillis < initialMillis || maxAttempts < 1) {
            throw new IllegalArgumentException("invalid backoff " + initialMillis + "/" + maxMillis + "/" + maxAttempts);
        }
    }

    /** The pause after failed attempt number {@code attempt} (1-based). */
    public long delayMillis(int attempt) {
        long base = initialMillis << Math.min(attempt - 1, 20);
        long capped = Math.min(maxMillis, base);
        long jitter = capped / 5;
        return jitter == 0 ? capped
                : Math.min(maxMillis, capped - jitter + ThreadLocalRandom.current().nextLong(2 * jitter + 1));
    }
}
