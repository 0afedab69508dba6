package io.fieldreport.bench.stats;

import java.lang.management.ManagementFactory;

/**
 * Wall-clock time of one piece of work, in milliseconds with sub-millisecond precision, and the CPU
 * time the whole JVM spent meanwhile (every thread: with mock-web in-process, both ends of a sync
 * and the JIT), which tells a run limited by the processors from one waiting on the disk or the network.
 */
public final class Stopwatch {

    /** Work whose duration is measured; it may fail like the operation it wraps. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    /** A result, how long it took, and the JVM's CPU time meanwhile (NaN where the JVM does not say). */
    public record Timed<T>(T result, double millis, double cpuMillis) {
        /** How many processors were busy on average: CPU time over wall time. */
        public double coresBusy() {
            return cpuMillis / millis;
        }
    }

    private Stopwatch() {
    }

    public static <T, E extends Exception> Timed<T> time(Work<T, E> work) throws E {
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        T result = work.run();
        long wall = System.nanoTime() - start;
        long cpu = processCpuNanos() - cpuStart;
        return new Timed<>(result, wall / 1e6, cpuStart < 0 ? Double.NaN : cpu / 1e6);
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}
