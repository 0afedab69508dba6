package io.fieldreport.desktop.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.AccessDeniedException;
import io.fieldreport.sync.LockHeldException;
import io.fieldreport.sync.WebRefusedException;
import io.fieldreport.sync.WebUnreachableException;
import io.fieldreport.sync.store.EditRejectedException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PlainWordsTest {

    @Test
    void anUnreachableWebSaysTheWorkIsSafeAndWhatIsWaiting() {
        var words = PlainWords.explain("Sync", new WebUnreachableException("Could not reach the web.", 3, null));
        assertEquals("The web can't be reached", words.headline());
        assertEquals("Could not reach the web.", words.message());
        assertTrue(words.nextStep().contains("(3 changes waiting)"), words.nextStep());
    }

    @Test
    void aHeldLockNamesWhoHoldsIt() {
        var words = PlainWords.explain("Sync", new LockHeldException("Ben Okafor", Instant.EPOCH, "Ben is syncing."));
        assertEquals("Ben Okafor is syncing this inspection", words.headline());
        assertTrue(words.nextStep().contains("Save still sends"));
    }

    @Test
    void lostAccessSaysWhomToAsk() {
        var words = PlainWords.explain("Sync", new AccessDeniedException("Ana is not assigned."));
        assertTrue(words.nextStep().contains("office"), words.nextStep());
    }

    @Test
    void aRefusalKeepsTheCodeForTheOffice() {
        var words = PlainWords.explain("Save", new WebRefusedException("too_large", "The photo is too large."));
        assertEquals("The web refused Save", words.headline());
        assertTrue(words.nextStep().contains("too_large"));
    }

    @Test
    void anythingElseStillSaysTheWorkIsSafeAndKeepsTheDetails() {
        var words = PlainWords.explain("saving a comment", new IllegalStateException("boom"));
        assertEquals("Something went wrong while saving a comment", words.headline());
        assertTrue(words.nextStep().contains("safe on this laptop"));
        assertTrue(words.details().contains("IllegalStateException"));
        assertEquals("That change can't be made",
                PlainWords.explain("x", new EditRejectedException("Published.")).headline());
    }
}
