package io.fieldreport.sync.store;

/**
 * The local database or photo folder failed (disk full, file unreadable, a bug in a statement).
 * Not an expected condition the caller can work around, hence unchecked; the message says what
 * was being done.
 */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
