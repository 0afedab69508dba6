package io.fieldreport.web.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.fieldreport.web.http.Transfer;
import org.junit.jupiter.api.Test;

class PoorSignalSwitchTest {

    @Test
    void offMeansEveryRequestGoesThroughUntouched() {
        assertSame(SignalPlan.CLEAR, new PoorSignalSwitch(PoorSignal.OFF).plan(Transfer.PHOTO_UPLOAD));
    }

    @Test
    void cutsApplyOnlyToTheirKindOfTransfer() {
        var s = new PoorSignalSwitch(new PoorSignal(0, 0, 0, 0, 1_000, 2_000, 1L));
        assertEquals(1_000, s.plan(Transfer.PHOTO_UPLOAD).cutAfterBytes());
        assertEquals(2_000, s.plan(Transfer.PHOTO_DOWNLOAD).cutAfterBytes());
        assertEquals(0, s.plan(Transfer.NONE).cutAfterBytes());
    }

    @Test
    void aFailedRequestIsNotAlsoDropped() {
        var s = new PoorSignalSwitch(new PoorSignal(0, 0, 100, 100, 0, 0, 1L));
        SignalPlan plan = s.plan(Transfer.NONE);
        assertEquals(true, plan.fail());
        assertFalse(plan.drop());
    }

    @Test
    void nonsenseSettingsAreRefusedWithTheirName() {
        var e = assertThrows(IllegalArgumentException.class, () -> new PoorSignal(0, 0, 150, 0, 0, 0, null));
        assertEquals("failPercent must be between 0 and 100, not 150", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new PoorSignal(-1, 0, 0, 0, 0, 0, null));
    }
}
