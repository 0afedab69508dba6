package io.fieldreport.sync.clock;

import java.time.Clock;
import java.util.Objects;

/**
 * Issues edit stamps for one device. A stamp is never lower than any stamp this clock issued or
 * observed before, whatever the wall clock does: when the wall clock stands still or is set back,
 * the counter advances instead. The wall clock can be corrected by an offset learned from the web's
 * time, so that a laptop whose clock is wrong still orders its edits against everyone else's.
 *
 * <p>Safe to use from any thread.
 */
public final class HybridClock {

    private final Clock wall;
    private final String device;
    private long offsetMillis;
    private Stamp last;

    /**
     * @param wall      the system clock (tests pass a fixed or stepping one)
     * @param device    this device's id, the final tie-break
     * @param highWater the highest stamp issued or observed in an earlier run, or {@code null}
     */
    public HybridClock(Clock wall, String device, Stamp highWater) {
        this.wall = Objects.requireNonNull(wall, "wall");
        if (!Stamp.isValidDevice(device)) {
            throw new IllegalArgumentException("invalid device id: '" + device + "'");
        }
        this.device = device;
        this.last = highWater == null ? new Stamp(0, 0, device) : highWater;
    }

    public String device() {
        return device;
    }

    /** A new stamp, later than every stamp issued or observed so far. */
    public synchronized Stamp now() {
        long physical = Math.max(0, wall.millis() + offsetMillis);
        if (physical > last.millis()) {
            last = new Stamp(physical, 0, device);
        } else if (last.counter() < Stamp.MAX_COUNTER) {
            last = new Stamp(last.millis(), last.counter() + 1, device);
        } else {
            // The counter is exhausted: borrow a millisecond rather than repeat or wrap.
            last = new Stamp(last.millis() + 1, 0, device);
        }
        return last;
    }

    /** Advances past a stamp received from elsewhere, so that the next local edit orders after it. */
    public synchronized void observe(Stamp remote) {
        if (remote.millis() > last.millis()
                || (remote.millis() == last.millis() && remote.counter() >= last.counter())) {
            last = new Stamp(remote.millis(), remote.counter(), device);
        }
    }

    /** The highest stamp issued or observed: persisted so the clock never goes back across restarts. */
    public synchronized Stamp highWater() {
        return last;
    }

    /** Corrects the wall clock by {@code offsetMillis} (web time minus local time). */
    public synchronized void setOffsetMillis(long offsetMillis) {
        this.offsetMillis = offsetMillis;
    }

    public synchronized long offsetMillis() {
        return offsetMillis;
    }

    /** The corrected wall-clock time in milliseconds, for display and for the web-time offset. */
    public long correctedMillis() {
        return wall.millis() + offsetMillis();
    }
}
