package io.fieldreport.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/** Where a run happened, for the report: the same numbers mean little on another machine. */
public record Machine(int processors, String memory, String jdk, String os, String heapLimit) {

    public static Machine current() {
        Runtime rt = Runtime.getRuntime();
        return new Machine(rt.availableProcessors(), memTotal(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                String.format(Locale.ROOT, "%.0f MiB", rt.maxMemory() / 1024.0 / 1024.0));
    }

    public String describe() {
        return processors + " processors, " + memory + " RAM, " + jdk + ", " + os + ", JVM max heap " + heapLimit;
    }

    /** The 1, 5 and 15 minute load averages: how busy the shared machine was. */
    public static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " / " + parts[1] + " / " + parts[2] + " at " + Instant.now();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String memTotal() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    return String.format(Locale.ROOT, "%.1f GiB", kb / 1024.0 / 1024.0);
                }
            }
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
        return "unknown";
    }
}
