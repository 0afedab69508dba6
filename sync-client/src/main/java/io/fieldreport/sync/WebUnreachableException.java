package io.fieldreport.sync;

/** The web could not be reached, or kept dropping the connection, after retries. */
public final class WebUnreachableException extends SyncException {

    private final int pending;

    public WebUnreachableException(String message, int pending, Throwable cause) {
        super(message, cause);
        this.pending = pending;
    }

    /** Changes still on this laptop only. */
    public int pending() {
        return pending;
    }
}
