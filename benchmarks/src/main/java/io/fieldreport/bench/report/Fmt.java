package io.fieldreport.bench.report;

import io.fieldreport.bench.stats.Samples;
import java.util.Locale;

/** How numbers read in the report. */
public final class Fmt {

    private Fmt() {
    }

    /** Milliseconds, in s above ten seconds. */
    public static String millis(double ms) {
        if (ms >= 10_000) {
            return String.format(Locale.ROOT, "%.1f s", ms / 1000);
        }
        if (ms >= 100) {
            return String.format(Locale.ROOT, "%.0f ms", ms);
        }
        return String.format(Locale.ROOT, "%.1f ms", ms);
    }

    /** "median (min–max)" of times. */
    public static String times(Samples s) {
        return "**" + millis(s.median()) + "** (" + millis(s.min()) + " – " + millis(s.max()) + ")";
    }

    /** "median (min–max)" of ratios. */
    public static String ratios(Samples s) {
        return "**" + ratio(s.median()) + "** (" + ratio(s.min()) + " – " + ratio(s.max()) + ")";
    }

    /** "median (min – max)" of processors busy. */
    public static String cores(Samples s) {
        return String.format(Locale.ROOT, "**%.2f** (%.2f – %.2f)", s.median(), s.min(), s.max());
    }

    public static String ratio(double r) {
        return String.format(Locale.ROOT, "%.2f×", r);
    }

    public static String bytes(double b) {
        if (b >= 1e9) {
            return String.format(Locale.ROOT, "%.2f GB", b / 1e9);
        }
        if (b >= 1e6) {
            return String.format(Locale.ROOT, "%.1f MB", b / 1e6);
        }
        if (b >= 10e3) {
            return String.format(Locale.ROOT, "%.1f kB", b / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f B", b);
    }

    /** A count that may be a median of counts. */
    public static String count(double n) {
        return n == Math.rint(n) ? String.format(Locale.ROOT, "%.0f", n) : String.format(Locale.ROOT, "%.1f", n);
    }

    public static String mib(double bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024 * 1024));
    }

    /** MB/s for a number of bytes moved in {@code ms}. */
    public static String rate(double bytes, double ms) {
        return String.format(Locale.ROOT, "%.0f MB/s", bytes / 1e6 / (ms / 1000));
    }

    public static String met(boolean met) {
        return met ? "met" : "**not met**";
    }
}
