package io.fieldreport.sync.clock;

import static io.fieldreport.sync.clock.LatestEditWins.Decision.CURRENT_WINS;
import static io.fieldreport.sync.clock.LatestEditWins.Decision.INCOMING_WINS;
import static io.fieldreport.sync.clock.LatestEditWins.Decision.SAME_EDIT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LatestEditWinsTest {

    private static Stamped<String> v(String text, long millis, int counter, String device) {
        return new Stamped<>(text, new Stamp(millis, counter, device), "someone");
    }

    @Test
    void theLaterEditWins() {
        assertEquals(INCOMING_WINS, LatestEditWins.decide(v("new", 2, 0, "lap-a"), v("old", 1, 0, "lap-b")));
        assertEquals(CURRENT_WINS, LatestEditWins.decide(v("old", 1, 0, "lap-b"), v("new", 2, 0, "lap-a")));
    }

    @Test
    void theCounterOrdersEditsOfTheSameMillisecond() {
        assertEquals(INCOMING_WINS, LatestEditWins.decide(v("b", 5, 1, "lap-a"), v("a", 5, 0, "lap-z")));
    }

    @Test
    void equalTimesAreBrokenByDeviceIdTheSameWayOnEverySide() {
        var fromA = v("a", 5, 0, "lap-a");
        var fromB = v("b", 5, 0, "lap-b");
        assertEquals(INCOMING_WINS, LatestEditWins.decide(fromB, fromA));
        assertEquals(CURRENT_WINS, LatestEditWins.decide(fromA, fromB));
        assertEquals(fromB, LatestEditWins.winner(fromA, fromB));
        assertEquals(fromB, LatestEditWins.winner(fromB, fromA));
    }

    @Test
    void theSameEditIsNeitherNewerNorOlder() {
        assertEquals(SAME_EDIT, LatestEditWins.decide(v("a", 5, 0, "lap-a"), v("a", 5, 0, "lap-a")));
    }

    @Test
    void anyEditBeatsNoEdit() {
        assertEquals(INCOMING_WINS, LatestEditWins.decide(v("a", 0, 0, "lap-a"), null));
    }
}
