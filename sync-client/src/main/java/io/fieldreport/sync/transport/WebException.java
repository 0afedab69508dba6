package io.fieldreport.sync.transport;

import io.fieldreport.sync.protocol.ErrorBody;
import io.fieldreport.sync.protocol.LockInfo;

/**
 * The web answered, and said no: an HTTP error with the protocol's error body. Kept apart from
 * {@link java.io.IOException}, which means the web could not be reached or the connection broke.
 */
public final class WebException extends Exception {

    private final int status;
    private final ErrorBody.Detail detail;

    public WebException(int status, ErrorBody.Detail detail) {
        super(detail.message());
        this.status = status;
        this.detail = detail;
    }

    public int status() {
        return status;
    }

    public String code() {
        return detail.code();
    }

    public boolean retryable() {
        return detail.retryable();
    }

    /** The holder, on a {@code 423 locked}. */
    public LockInfo lock() {
        return detail.lock();
    }

    public boolean is(String code) {
        return detail.code().equals(code);
    }
}
