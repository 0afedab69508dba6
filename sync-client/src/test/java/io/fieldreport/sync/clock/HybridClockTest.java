package io.fieldreport.sync.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HybridClockTest {

    /** A wall clock the test sets by hand, like an inspector changing the laptop's time. */
    @Test
    void stampsFollowTheWallClockWhileItMovesForward() {
        var wall = new SettableClock(1_000);
        var clock = new HybridClock(wall, "lap-a", null);
        Stamp first = clock.now();
        wall.set(2_000);
        Stamp second = clock.now();
        assertEquals(new Stamp(1_000, 0, "lap-a"), first);
        assertEquals(new Stamp(2_000, 0, "lap-a"), second);
    }

    @Test
    void neverGoesBackwardsWhenTheWallClockIsSetBack() {
        var wall = new SettableClock(1_000_000);
        var clock = new HybridClock(wall, "lap-a", null);
        Stamp before = clock.now();
        wall.set(1_000_000 - 3_600_000); // an hour back
        Stamp after = clock.now();
        Stamp later = clock.now();
        assertTrue(after.compareTo(before) > 0, after + " must order after " + before);
        assertTrue(later.compareTo(after) > 0);
        assertEquals(before.millis(), after.millis(), "the counter advances instead of the millis");
    }

    @Test
    void manyEditsInOneMillisecondAreAllDistinctAndOrdered() {
        var clock = new HybridClock(new SettableClock(5), "lap-a", null);
        Stamp previous = clock.now();
        for (int i = 0; i < Stamp.MAX_COUNTER + 10; i++) {
            Stamp next = clock.now();
            assertTrue(next.compareTo(previous) > 0, next + " after " + previous);
            previous = next;
        }
        assertEquals(6, previous.millis(), "an exhausted counter borrows the next millisecond");
    }

    @Test
    void continuesAfterTheHighWaterMarkOfAnEarlierRun() {
        var highWater = new Stamp(9_000, 4, "lap-a");
        var clock = new HybridClock(new SettableClock(1_000), "lap-a", highWater);
        assertTrue(clock.now().compareTo(highWater) > 0);
    }

    @Test
    void advancesPastEveryStampItObserves() {
        var clock = new HybridClock(new SettableClock(1_000), "lap-a", null);
        var remote = new Stamp(50_000, 7, "lap-z");
        clock.observe(remote);
        Stamp next = clock.now();
        assertTrue(next.compareTo(remote) > 0, next + " after " + remote);
        assertEquals("lap-a", next.device());
    }

    @Test
    void observingAnOlderStampChangesNothing() {
        var clock = new HybridClock(new SettableClock(10_000), "lap-a", null);
        Stamp mine = clock.now();
        clock.observe(new Stamp(5_000, 3, "lap-b"));
        assertEquals(new Stamp(mine.millis(), 1, "lap-a"), clock.now());
    }

    @Test
    void anOffsetLearnedFromTheWebCorrectsAWrongWallClock() {
        var wall = new SettableClock(1_000_000);
        var clock = new HybridClock(wall, "lap-a", null);
        clock.setOffsetMillis(3_600_000);
        assertEquals(4_600_000, clock.now().millis());
        assertEquals(4_600_000, clock.correctedMillis());
    }

    @Test
    void equalTimesAreOrderedByDeviceId() {
        var a = new HybridClock(new SettableClock(7_000), "lap-a", null).now();
        var b = new HybridClock(new SettableClock(7_000), "lap-b", null).now();
        assertTrue(b.compareTo(a) > 0);
        assertTrue(a.compareTo(b) < 0);
    }
}
