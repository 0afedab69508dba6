package io.fieldreport.it;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The real time plus an offset the test moves: a lease can run out without the test waiting for it. */
final class ShiftableClock extends Clock {

    private volatile long offsetMillis;

    ShiftableClock() {
        this(0);
    }

    ShiftableClock(long offsetMillis) {
        this.offsetMillis = offsetMillis;
    }

    void advance(Duration d) {
        offsetMillis += d.toMillis();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public long millis() {
        return System.currentTimeMillis() + offsetMillis;
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis());
    }
}
