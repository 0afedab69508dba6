package io.fieldreport.desktop.notify;

import io.fieldreport.sync.AccessDeniedException;
import io.fieldreport.sync.LockHeldException;
import io.fieldreport.sync.NotSignedInException;
import io.fieldreport.sync.Operation;
import io.fieldreport.sync.SyncCancelledException;
import io.fieldreport.sync.SyncException;
import io.fieldreport.sync.UnsyncedWorkException;
import io.fieldreport.sync.WebRefusedException;
import io.fieldreport.sync.WebUnreachableException;
import io.fieldreport.sync.store.EditRejectedException;
import io.fieldreport.sync.store.StoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;

/**
 * Turns a failure into what an inspector reads: a short headline, what happened in a plain
 * sentence, and what to do next. sync-client's own message (which names exceptions, HTTP statuses
 * and retry counts, useful to the office) goes only into the details, behind "Details".
 *
 * <p>{@code doing} is what the laptop was doing, as the end of "while …": "syncing", "saving a
 * comment", "signing in"; {@link #doing(Operation)} gives it for an operation.
 */
public final class PlainWords {

    /** The words for one failure. */
    public record Explanation(String headline, String message, String nextStep, String details) {

        /** The message and the next step as one paragraph, for a form that shows a single line of text. */
        public String sentence() {
            return message + " " + nextStep;
        }
    }

    private static final String SIGNING_IN = "signing in";
    private static final String CHANGING_ADDRESS = "changing the web address";

    private PlainWords() {
    }

    /** "syncing", for "… while syncing". */
    public static String doing(Operation op) {
        return switch (op) {
            case SAVE -> "saving";
            case SYNC -> "syncing";
            case FORCE_SYNC -> "running Force Sync All Data";
            case VERIFY -> "checking with the web";
            case INITIAL_SYNC -> "downloading the inspection";
        };
    }

    public static Explanation explain(String doing, Throwable error) {
        String details = details(error);
        boolean signingIn = SIGNING_IN.equals(doing) || CHANGING_ADDRESS.equals(doing);
        if (error instanceof WebUnreachableException e) {
            if (signingIn) {
                return new Explanation("The web can't be reached", "This laptop could not reach the web at that"
                        + " address.", "Check the web address and the Wi-Fi or hotspot, then try again.", details);
            }
            return new Explanation("The web can't be reached", "This laptop could not reach the web while " + doing
                    + ".", "Your work is safe on this laptop" + pendingWords(e.pending()) + " and goes with the next"
                    + " Save or Sync. Check the Wi-Fi or hotspot, then try again.", details);
        }
        if (error instanceof LockHeldException e) {
            String who = e.holder() == null || e.holder().isBlank() ? "Someone else" : e.holder();
            return new Explanation(who + " is syncing this inspection", "Only one laptop at a time can sync an"
                    + " inspection, and " + who + "'s sync was still running when this one stopped waiting.",
                    "Wait a minute and Sync again. Your changes are safe on this laptop, and Save still sends them"
                            + " to the web meanwhile.", details);
        }
        if (error instanceof AccessDeniedException) {
            if (signingIn) {
                return new Explanation("The web did not accept this token", "The web at that address did not accept"
                        + " this token.", "Check that the token was copied whole, or ask the office for a new one.",
                        details);
            }
            return new Explanation("The web refused access", "The web no longer accepts your sign-in for this"
                    + " work: your token or your assignment to this inspection has changed.",
                    "Your work stays on this laptop. Ask the office to check your token and your assignment, then"
                            + " sign in again (Settings › Web address).", details);
        }
        if (error instanceof NotSignedInException) {
            return new Explanation("You are signed out", "No inspector is signed in on this laptop.",
                    "Sign in again with your web address and token.", details);
        }
        if (error instanceof UnsyncedWorkException e) {
            return new Explanation("Work is not on the web yet", "Signing out now would lose "
                    + count(e.changes() + e.refused(), "change") + " and " + count(e.photos(), "photo")
                    + " that are only on this laptop.", e.refused() > 0 && e.changes() + e.photos() == 0
                    ? "Look at the changes the web refused on the Syncing Status page before you sign out."
                    : "Save or Sync first, then sign out.", details);
        }
        if (error instanceof WebRefusedException e) {
            return refused(doing, e, details);
        }
        if (error instanceof SyncCancelledException) {
            return new Explanation("Cancelled", "You cancelled it before it finished.",
                    "What reached the web stays there. Run Save or Sync again when you are ready.", details);
        }
        if (error instanceof EditRejectedException) {
            // The store's refusals are sentences about the report itself ("This comment was deleted; …").
            return new Explanation("That change can't be made", error.getMessage(),
                    "Nothing was changed. The rest of your work is safe.", details);
        }
        if (error instanceof IllegalArgumentException && signingIn) {
            return new Explanation("That is not a web address", "The web address should look like"
                    + " https://fieldreport.example.com.", "Check the address you were given and try again.", details);
        }
        if (error instanceof NoSuchFileException e) {
            return new Explanation("A file is missing", "The file " + e.getFile() + " is not there any more.",
                    "Check that the file still exists, then try again.", details);
        }
        if (isDiskProblem(error)) {
            return new Explanation("This laptop could not read or write its files", "FieldReport's files on this"
                    + " laptop could not be read or written while " + doing + ".", "Check that the disk is not full and that your"
                    + " FieldReport folder can be written to, then try again. What was saved before is safe.", details);
        }
        if (error instanceof SyncException) {
            // The rest of sync-client's refusals are its own sentences for people ("Sign out first, …").
            return new Explanation("Could not finish " + doing, error.getMessage(),
                    "Your work is safe on this laptop. If it keeps happening, send the details to the office.",
                    details);
        }
        return new Explanation("Something went wrong while " + doing, "FieldReport ran into an unexpected problem.",
                "Everything saved so far is safe on this laptop. Try again; if it keeps happening, send the"
                        + " details to the office.", details);
    }

    /**
     * The Syncing Status page's "Last error" when only sync-client's stored text is known (it was
     * recorded before this start of the app).
     */
    public static Explanation storedError(String text) {
        return new Explanation("The last Save or Sync did not finish", "The last Save or Sync stopped before it had"
                + " finished.", "Your work is safe on this laptop. Press Sync Now to try again; the details are for"
                + " the office.", text);
    }

    private static Explanation refused(String doing, WebRefusedException e, String details) {
        String code = e.code() == null ? "" : e.code();
        return switch (code) {
            case "inspection_published" -> new Explanation("The office has published this report",
                    "The web takes no more changes to a published report.",
                    "Your text and photos stay on this laptop. Ask the office if something must still change.",
                    details);
            case "too_large" -> new Explanation("Too large for the web", "Something sent while " + doing
                    + " was larger than the web accepts, most likely a photo.",
                    "Choose a reduced photo quality in Settings, then Save again. Your work stays on this laptop.",
                    details);
            case "hash_mismatch" -> new Explanation("A photo arrived damaged", "A photo's bytes did not arrive on"
                    + " the web as they left this laptop, so the web did not keep them.",
                    "Sync again: the photo is sent afresh. It stays safe on this laptop.", details);
            default -> new Explanation("The web refused part of your work", "The web did not accept what this"
                    + " laptop sent while " + doing + ".", "Your work stays on this laptop. If it happens again,"
                    + " tell the office (code " + (code.isEmpty() ? "none" : code) + ").", details);
        };
    }

    private static boolean isDiskProblem(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof IOException || t instanceof UncheckedIOException || t instanceof StoreException) {
                return true;
            }
        }
        return false;
    }

    /** What the office needs: sync-client's words, the kind of failure and its cause. */
    private static String details(Throwable error) {
        String message = error.getMessage() == null ? "" : error.getMessage();
        StringBuilder s = new StringBuilder(message.isEmpty() ? error.getClass().getSimpleName()
                : message + "\n(" + error.getClass().getSimpleName() + ")");
        for (Throwable c = error.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            s.append("\nCaused by ").append(c);
        }
        return s.toString();
    }

    private static String pendingWords(int pending) {
        return pending <= 0 ? "" : " (" + count(pending, "change") + " waiting)";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
