package io.fieldreport.sync.engine;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void delaysDoubleWithJitterUpToTheCap() {
        var b = new Backoff(500, 8_000, 6);
        for (int i = 0; i < 50; i++) {
            long first = b.delayMillis(1);
            long third = b.delayMillis(3);
            long tenth = b.delayMillis(10);
            assertTrue(first >= 400 && first <= 600, "first " + first);
            assertTrue(third >= 1_600 && third <= 2_400, "third " + third);
            assertTrue(tenth >= 6_400 && tenth <= 8_000, "capped " + tenth);
        }
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(500, 100, 3));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(500, 1_000, 0));
    }
}
