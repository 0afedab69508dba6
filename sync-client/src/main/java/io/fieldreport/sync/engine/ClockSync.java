package io.fieldreport.sync.engine;

import io.fieldreport.sync.clock.HybridClock;
import io.fieldreport.sync.store.Settings;
import io.fieldreport.sync.transport.ServerTimeListener;

/**
 * Learns how far this laptop's clock is from the web's, from the server time on every response, and
 * corrects the edit clock by it. Round trips over 10 s say little about the offset and are ignored;
 * changes under 250 ms are network jitter, not a wrong clock, and are left alone.
 */
public final class ClockSync implements ServerTimeListener {

    private static final long MAX_ROUND_TRIP_MILLIS = 10_000;
    private static final long JITTER_MILLIS = 250;

    private final HybridClock clock;
    private final Settings settings;

    public ClockSync(HybridClock clock, Settings settings) {
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public void serverTime(long serverMillis, long sentAtMillis, long receivedAtMillis) {
        long roundTrip = receivedAtMillis - sentAtMillis;
        if (roundTrip < 0 || roundTrip > MAX_ROUND_TRIP_MILLIS) {
            return;
        }
        long offset = serverMillis - (sentAtMillis + roundTrip / 2);
        if (Math.abs(offset - clock.offsetMillis()) < JITTER_MILLIS) {
            return;
        }
        clock.setOffsetMillis(offset);
        settings.put(Settings.CLOCK_OFFSET, Long.toString(offset));
    }
}
