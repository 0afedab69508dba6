package io.fieldreport.desktop.notify;

import io.fieldreport.sync.AccessDeniedException;
import io.fieldreport.sync.LockHeldException;
import io.fieldreport.sync.NotSignedInException;
import io.fieldreport.sync.SyncCancelledException;
import io.fieldreport.sync.UnsyncedWorkException;
import io.fieldreport.sync.WebRefusedException;
import io.fieldreport.sync.WebUnreachableException;
import io.fieldreport.sync.store.EditRejectedException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;

/**
 * Turns a failure into what an inspector reads: a short headline, what happened (sync-client's
 * messages are already written for people), and what to do next. The technical details stay
 * available behind "Details" for the office.
 */
public final class PlainWords {

    /** The words for one failure. */
    public record Explanation(String headline, String message, String nextStep, String details) {
    }

    private PlainWords() {
    }

    public static Explanation explain(String doing, Throwable error) {
        String message = error.getMessage() == null ? "" : error.getMessage();
        String details = error.getClass().getSimpleName() + ": " + message
                + (error.getCause() != null ? "\nCaused by " + error.getCause() : "");
        if (error instanceof WebUnreachableException e) {
            return new Explanation("The web can't be reached", message,
                    "Your work is safe on this laptop" + pendingWords(e.pending())
                            + ". It goes with the next Save or Sync: check the Wi-Fi or hotspot, then try again.",
                    details);
        }
        if (error instanceof LockHeldException e) {
            String who = e.holder() == null || e.holder().isBlank() ? "Someone else" : e.holder();
            return new Explanation(who + " is syncing this inspection", message,
                    "Wait a minute and Sync again. Save still sends your work to the web meanwhile.", details);
        }
        if (error instanceof AccessDeniedException) {
            return new Explanation("The web refused access", message,
                    "Your work stays on this laptop. Ask the office to check your assignment or your token,"
                            + " then sign in again in Settings.", details);
        }
        if (error instanceof NotSignedInException) {
            return new Explanation("You are signed out", message, "Sign in again with your web address and token.",
                    details);
        }
        if (error instanceof UnsyncedWorkException) {
            return new Explanation("Work is not on the web yet", message,
                    "Save or Sync first, then sign out.", details);
        }
        if (error instanceof WebRefusedException e) {
            return new Explanation("The web refused " + doing, message,
                    "Your work stays on this laptop. If it happens again, tell the office (code "
                            + e.code() + ").", details);
        }
        if (error instanceof SyncCancelledException) {
            return new Explanation("Cancelled", message, "Run Save or Sync again when you are ready.", details);
        }
        if (error instanceof EditRejectedException) {
            return new Explanation("That change can't be made", message,
                    "Nothing was changed. The rest of your work is safe.", details);
        }
        if (error instanceof NoSuchFileException) {
            return new Explanation("A file is missing", "Could not find " + message + ".",
                    "Check that the file still exists, then try again.", details);
        }
        if (error instanceof IOException) {
            return new Explanation("Could not read or write a file", message,
                    "Check that the disk is not full and the file is readable, then try again.", details);
        }
        return new Explanation("Something went wrong while " + doing, message.isEmpty() ? "An unexpected error." : message,
                "Everything saved so far is safe on this laptop. Try again; if it keeps happening, send the"
                        + " details to the office.", details);
    }

    private static String pendingWords(int pending) {
        return pending <= 0 ? "" : " (" + pending + (pending == 1 ? " change" : " changes") + " waiting)";
    }
}
