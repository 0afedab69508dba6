package io.fieldreport.sync;

/** The web refused the sign-in (401) or access to an inspection (403). */
public final class AccessDeniedException extends SyncException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
