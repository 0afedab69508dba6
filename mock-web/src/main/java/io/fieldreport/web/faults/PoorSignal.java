package io.fieldreport.web.faults;

/**
 * How bad the connection to the web should look, for QA and tests. Every knob at zero is a good
 * connection ({@link #OFF}).
 *
 * @param latencyMillis         added before every affected request is handled
 * @param bandwidthKbps         kilobits per second for request and response bodies; 0 = unlimited
 * @param failPercent           share of requests answered {@code 503 unavailable} without being handled
 * @param dropPercent           share of requests whose connection is dropped after the web handled
 *                              them: the work is done but the answer never arrives (the worst case
 *                              for a client, and what makes replays matter)
 * @param cutUploadAfterBytes   a photo upload piece is cut after this many bytes (kept by the web,
 *                              so a HEAD shows them); 0 = never
 * @param cutDownloadAfterBytes a photo download is cut after this many bytes; 0 = never
 * @param seed                  seeds the draws for fail and drop so a run can be repeated; {@code null}
 *                              draws differently every time
 */
public record PoorSignal(long latencyMillis, long bandwidthKbps, int failPercent, int dropPercent,
                         long cutUploadAfterBytes, long cutDownloadAfterBytes, Long seed) {

    public static final PoorSignal OFF = new PoorSignal(0, 0, 0, 0, 0, 0, null);
    private static final long MAX_LATENCY_MILLIS = 120_000;

    public PoorSignal {
        if (latencyMillis < 0 || latencyMillis > MAX_LATENCY_MILLIS) {
            throw new IllegalArgumentException("latencyMillis must be between 0 and " + MAX_LATENCY_MILLIS
                    + ", not " + latencyMillis);
        }
        nonNegative(bandwidthKbps, "bandwidthKbps");
        percent(failPercent, "failPercent");
        percent(dropPercent, "dropPercent");
        nonNegative(cutUploadAfterBytes, "cutUploadAfterBytes");
        nonNegative(cutDownloadAfterBytes, "cutDownloadAfterBytes");
    }

    public boolean isOff() {
        return latencyMillis == 0 && bandwidthKbps == 0 && failPercent == 0 && dropPercent == 0
                && cutUploadAfterBytes == 0 && cutDownloadAfterBytes == 0;
    }

    /** A short description for the start banner and logs. */
    public String describe() {
        if (isOff()) {
            return "off";
        }
        return "latency " + latencyMillis + " ms, bandwidth " + (bandwidthKbps == 0 ? "unlimited" : bandwidthKbps + " kbit/s")
                + ", " + failPercent + "% fail with 503, " + dropPercent + "% dropped"
                + (cutUploadAfterBytes > 0 ? ", uploads cut after " + cutUploadAfterBytes + " bytes" : "")
                + (cutDownloadAfterBytes > 0 ? ", downloads cut after " + cutDownloadAfterBytes + " bytes" : "")
                + (seed != null ? ", seed " + seed : "");
    }

    private static void nonNegative(long value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative, not " + value);
        }
    }

    private static void percent(int value, String name) {
        if (value < 0 || value > 100) {
            throw new IllegalArgumentException(name + " must be between 0 and 100, not " + value);
        }
    }
}
