package io.fieldreport.bench.stats;

/** Wall-clock time of one piece of work, in milliseconds with sub-millisecond precision. */
public final class Stopwatch {

    /** Work whose duration is measured; it may fail like the operation it wraps. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    /** A result and how long it took. */
    public record Timed<T>(T result, double millis) {
    }

    private Stopwatch() {
    }

    public static <T, E extends Exception> Timed<T> time(Work<T, E> work) throws E {
        long start = System.nanoTime();
        T result = work.run();
        return new Timed<>(result, (System.nanoTime() - start) / 1e6);
    }
}
