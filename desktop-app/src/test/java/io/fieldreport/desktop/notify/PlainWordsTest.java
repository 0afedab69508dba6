package io.fieldreport.desktop.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.AccessDeniedException;
import io.fieldreport.sync.LockHeldException;
import io.fieldreport.sync.Operation;
import io.fieldreport.sync.SyncException;
import io.fieldreport.sync.WebRefusedException;
import io.fieldreport.sync.WebUnreachableException;
import io.fieldreport.sync.store.EditRejectedException;
import io.fieldreport.sync.store.StoreException;
import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What an inspector reads when something fails: plain words and a next step; the technical text only in the details. */
class PlainWordsTest {

    /** The words an inspector sees at once: headline, message and next step. */
    private static String shown(PlainWords.Explanation e) {
        return e.headline() + " " + e.sentence();
    }

    private static void noJavaInTheMainText(PlainWords.Explanation e) {
        for (String technical : new String[] {"Exception", "HTTP", "tries", "http_", "503", "java."}) {
            assertFalse(shown(e).contains(technical), "'" + technical + "' in: " + shown(e));
        }
    }

    @Test
    void anUnreachableWebSaysTheWorkIsSafeWhatIsWaitingAndWhatToCheck() {
        String fromSyncClient = "Could not reach the web while pushing changes (ConnectException: Failed to connect"
                + " to /127.0.0.1:9, 4 tries). 3 changes are still on this laptop only and will go with the next Save"
                + " or Sync.";
        var words = PlainWords.explain(PlainWords.doing(Operation.SYNC), new WebUnreachableException(fromSyncClient, 3,
                new ConnectException("Failed to connect to /127.0.0.1:9")));

        assertEquals("The web can't be reached", words.headline());
        assertEquals("This laptop could not reach the web while syncing.", words.message());
        assertEquals("Your work is safe on this laptop (3 changes waiting) and goes with the next Save or Sync."
                + " Check the Wi-Fi or hotspot, then try again.", words.nextStep());
        assertTrue(words.details().contains(fromSyncClient), words.details());
        assertTrue(words.details().contains("ConnectException"), words.details());
        noJavaInTheMainText(words);
    }

    @Test
    void aHeldLockNamesWhoHoldsItAndThatSaveStillWorks() {
        var words = PlainWords.explain("syncing", new LockHeldException("Ben Okafor", Instant.EPOCH,
                "Ben Okafor is syncing this inspection (their lock runs until 10:42:07). Try Sync again in a minute."));

        assertEquals("Ben Okafor is syncing this inspection", words.headline());
        assertEquals("Only one laptop at a time can sync an inspection, and Ben Okafor's sync was still running when"
                + " this one stopped waiting.", words.message());
        assertTrue(words.nextStep().startsWith("Wait a minute and Sync again."), words.nextStep());
        assertTrue(words.nextStep().contains("Save still sends"), words.nextStep());
        noJavaInTheMainText(words);
    }

    @Test
    void lostAccessSaysWhomToAskAndThatTheWorkStays() {
        var words = PlainWords.explain("syncing", new AccessDeniedException("You no longer have access to this"
                + " inspection on the web (HTTP 403 forbidden: not assigned). Ask the office."));

        assertEquals("The web refused access", words.headline());
        assertTrue(words.nextStep().startsWith("Your work stays on this laptop. Ask the office"), words.nextStep());
        assertTrue(words.details().contains("HTTP 403"), words.details());
        noJavaInTheMainText(words);
    }

    @Test
    void aWrongTokenAtSignInSaysWhatToCheck() {
        var words = PlainWords.explain("signing in", new AccessDeniedException("The web at http://x did not accept"
                + " this token."));

        assertEquals("The web did not accept this token", words.headline());
        assertTrue(words.sentence().contains("copied whole"), words.sentence());
    }

    @Test
    void aPublishedReportSaysTheWorkStaysAndWhomToAsk() {
        var words = PlainWords.explain("saving", new WebRefusedException("inspection_published",
                "The web refused: HTTP 409 inspection_published: the report is published"));

        assertEquals("The office has published this report", words.headline());
        assertEquals("The web takes no more changes to a published report.", words.message());
        assertTrue(words.nextStep().startsWith("Your text and photos stay on this laptop."), words.nextStep());
        noJavaInTheMainText(words);
    }

    @Test
    void anyOtherRefusalKeepsTheCodeForTheOffice() {
        var words = PlainWords.explain("saving", new WebRefusedException("bad_request",
                "The web refused: HTTP 400 bad_request: missing field"));

        assertEquals("The web refused part of your work", words.headline());
        assertEquals("The web did not accept what this laptop sent while saving.", words.message());
        assertTrue(words.nextStep().endsWith("tell the office (code bad_request)."), words.nextStep());
        assertTrue(words.details().contains("HTTP 400"), words.details());
    }

    @Test
    void aDiskOrProfileProblemSaysWhatToCheck() {
        var disk = PlainWords.explain("adding a photo", new IOException("No space left on device"));
        var database = PlainWords.explain("saving a comment", new StoreException("Cannot write fieldreport.db",
                new SQLException("[SQLITE_FULL] database or disk is full")));
        var lockFile = PlainWords.explain("syncing", new SyncException("Cannot take this profile's sync lock file"
                + " /home/ana/.local/share/fieldreport/sync.lock: Permission denied", new IOException("denied")));

        for (var words : new PlainWords.Explanation[] {disk, database, lockFile}) {
            assertEquals("This laptop could not read or write its files", words.headline());
            assertTrue(words.nextStep().startsWith("Check that the disk is not full"), words.nextStep());
            noJavaInTheMainText(words);
        }
        assertEquals("FieldReport's files on this laptop could not be read or written while adding a photo.",
                disk.message());
        assertTrue(database.details().contains("SQLITE_FULL"), database.details());
    }

    @Test
    void anOperationIsNamedAsWhatTheLaptopWasDoing() {
        var words = PlainWords.explain(PlainWords.doing(Operation.SYNC), new IllegalStateException("boom"));

        assertEquals("Something went wrong while syncing", words.headline());
        assertTrue(words.nextStep().contains("safe on this laptop"));
        assertTrue(words.details().contains("IllegalStateException"), words.details());
        assertTrue(words.details().contains("boom"), words.details());
        noJavaInTheMainText(words);
        assertEquals("Something went wrong while running Force Sync All Data", PlainWords.explain(
                PlainWords.doing(Operation.FORCE_SYNC), new IllegalStateException()).headline());
    }

    @Test
    void theStoresRefusalIsAlreadyASentenceAboutTheReport() {
        var words = PlainWords.explain("saving a comment",
                new EditRejectedException("This comment was deleted; it can no longer be changed."));

        assertEquals("That change can't be made", words.headline());
        assertEquals("This comment was deleted; it can no longer be changed.", words.message());
    }
}
