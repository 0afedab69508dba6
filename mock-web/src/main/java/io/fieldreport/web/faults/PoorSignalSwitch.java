package io.fieldreport.web.faults;

import io.fieldreport.web.http.Transfer;
import java.util.Objects;
import java.util.Random;

/**
 * The poor-signal settings in force, switchable while the web runs, and the draws made with them.
 * Setting a seed restarts the sequence of draws, so a test (or a QA recipe) sees the same requests
 * fail every time.
 */
public final class PoorSignalSwitch {

    private PoorSignal settings;
    private Random random;

    public PoorSignalSwitch(PoorSignal initial) {
        set(initial);
    }

    public synchronized PoorSignal current() {
        return settings;
    }

    public synchronized void set(PoorSignal next) {
        settings = Objects.requireNonNull(next, "poor-signal settings");
        random = next.seed() == null ? new Random() : new Random(next.seed());
    }

    /** Draws what happens to one request that moves the given kind of bytes. */
    public synchronized SignalPlan plan(Transfer transfer) {
        PoorSignal s = settings;
        if (s.isOff()) {
            return SignalPlan.CLEAR;
        }
        boolean fail = s.failPercent() > 0 && random.nextDouble() * 100 < s.failPercent();
        boolean drop = !fail && s.dropPercent() > 0 && random.nextDouble() * 100 < s.dropPercent();
        long cut = switch (transfer) {
            case PHOTO_UPLOAD -> s.cutUploadAfterBytes();
            case PHOTO_DOWNLOAD -> s.cutDownloadAfterBytes();
            case NONE -> 0;
        };
        return new SignalPlan(s.latencyMillis(), fail, drop, s.bandwidthKbps() * 1000 / 8, cut);
    }
}
