package io.fieldreport.sync.engine;

import io.fieldreport.sync.AccessDeniedException;
import io.fieldreport.sync.SyncCancelledException;
import io.fieldreport.sync.SyncException;
import io.fieldreport.sync.WebRefusedException;
import io.fieldreport.sync.WebUnreachableException;
import io.fieldreport.sync.transport.Cancellation;
import io.fieldreport.sync.transport.WebException;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * Runs one web request with retries: a transport failure or a retryable error is tried again after
 * a {@link Backoff} pause; anything else is turned at once into a {@link SyncException} whose
 * message says what happened and what is still pending.
 */
final class Retrier {

    /** One request to the web. */
    @FunctionalInterface
    interface WebCall<T> {
        T run() throws IOException, WebException;
    }

    /** What is still on this laptop only, or still to come from the web, when the web cannot be reached. */
    record Pending(int changes, int photosToSend, int photosToDownload) {
    }

    private final Backoff backoff;
    private final Pause pause;
    private final Supplier<Pending> pending;

    Retrier(Backoff backoff, Pause pause, Supplier<Pending> pending) {
        this.backoff = backoff;
        this.pause = pause;
        this.pending = pending;
    }

    <T> T call(String what, Cancellation cancel, Progress progress, WebCall<T> call) throws SyncException {
        for (int attempt = 1; ; attempt++) {
            if (cancel.isCancelled()) {
                throw new SyncCancelledException();
            }
            Exception failure;
            try {
                return call.run();
            } catch (IOException e) {
                if (cancel.isCancelled()) {
                    throw new SyncCancelledException();
                }
                failure = e;
            } catch (WebException e) {
                throwIfFinal(e);
                failure = e;
            }
            if (attempt >= backoff.maxAttempts()) {
                throw unreachable(what, attempt, failure);
            }
            progress.retrying(describe(failure));
            pause.pause(backoff.delayMillis(attempt), cancel);
        }
    }

    /** Maps a web error that a retry cannot fix. */
    static void throwIfFinal(WebException e) throws SyncException {
        if (e.status() == 401) {
            throw new AccessDeniedException("The web no longer accepts this sign-in (" + e.getMessage()
                    + "). Sign in again; your work stays on this laptop.");
        }
        if (e.status() == 403) {
            throw new AccessDeniedException("You no longer have access to this inspection on the web (" + e.getMessage()
                    + "). Ask the office to assign it to you again; your work stays on this laptop.");
        }
        if (!e.retryable()) {
            throw new WebRefusedException(e.code(), "The web refused: " + e.getMessage());
        }
    }

    WebUnreachableException unreachable(String what, int attempts, Exception failure) {
        Pending left = pending.get();
        return new WebUnreachableException("Could not reach the web while " + what + " (" + describe(failure) + ", "
                + attempts + (attempts == 1 ? " try" : " tries") + "). " + still(left), left.changes(),
                left.photosToSend(), left.photosToDownload(), failure);
    }

    /** For example "3 changes and 2 photos are still to send; 4 photos are still to download. …" */
    static String still(Pending p) {
        String send = p.changes() == 0 && p.photosToSend() == 0 ? ""
                : p.changes() > 0 && p.photosToSend() > 0
                        ? count(p.changes(), "change") + " and " + count(p.photosToSend(), "photo") + " are still to send"
                        : p.changes() > 0 ? count(p.changes(), "change") + (p.changes() == 1 ? " is" : " are") + " still to send"
                        : count(p.photosToSend(), "photo") + (p.photosToSend() == 1 ? " is" : " are") + " still to send";
        String fetch = p.photosToDownload() == 0 ? ""
                : count(p.photosToDownload(), "photo") + (p.photosToDownload() == 1 ? " is" : " are") + " still to download";
        if (send.isEmpty() && fetch.isEmpty()) {
            return "Nothing is waiting to be sent.";
        }
        if (send.isEmpty()) {
            return capitalised(fetch) + "; the next Sync brings " + (p.photosToDownload() == 1 ? "it." : "them.");
        }
        return capitalised(send) + (fetch.isEmpty() ? "" : "; " + fetch)
                + ". Your work stays on this laptop and goes with the next Save or Sync.";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String describe(Exception e) {
        if (e instanceof WebException w) {
            return "HTTP " + w.status() + " " + w.code() + ": " + w.getMessage();
        }
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
