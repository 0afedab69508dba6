package io.fieldreport.bench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SamplesTest {

    @Test
    void medianOfAnOddCountIsTheMiddleValue() {
        Samples s = Samples.of(9, 1, 5, 100, 3);
        assertEquals(5, s.median());
        assertEquals(1, s.min());
        assertEquals(100, s.max());
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddlePair() {
        assertEquals(4.5, Samples.of(8, 1, 4, 5).median());
    }

    @Test
    void ratiosArePairedByRepetition() {
        Samples operation = Samples.of(10, 30);
        Samples floor = Samples.of(5, 10);
        assertEquals(Samples.of(2, 3), operation.over(floor));
        assertEquals(Samples.of(15, 40), operation.plus(floor));
    }
}
