package io.fieldreport.sync;

/** The web could not be reached, or kept dropping the connection, after retries. */
public final class WebUnreachableException extends SyncException {

    private final int pending;
    private final int photosToSend;
    private final int photosToDownload;

    public WebUnreachableException(String message, int pending, Throwable cause) {
        this(message, pending, 0, 0, cause);
    }

    public WebUnreachableException(String message, int pending, int photosToSend, int photosToDownload,
                                   Throwable cause) {
        super(message, cause);
        this.pending = pending;
        this.photosToSend = photosToSend;
        this.photosToDownload = photosToDownload;
    }

    /** Changes still on this laptop only. */
    public int pending() {
        return pending;
    }

    /** Photos whose bytes are still on this laptop only. */
    public int photosToSend() {
        return photosToSend;
    }

    /** Photos whose bytes this laptop has yet to download. */
    public int photosToDownload() {
        return photosToDownload;
    }
}
