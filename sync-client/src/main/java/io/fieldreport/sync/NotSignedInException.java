package io.fieldreport.sync;

/** The profile has no signed-in inspector. */
public final class NotSignedInException extends SyncException {

    public NotSignedInException() {
        super("Not signed in. Sign in with the web address and your token first.");
    }
}
