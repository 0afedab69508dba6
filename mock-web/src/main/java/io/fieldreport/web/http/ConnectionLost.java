package io.fieldreport.web.http;

/**
 * The connection broke while a request body was being read (the client went away, or the
 * poor-signal mode cut it). There is nobody to answer: the gateway closes the connection.
 */
public final class ConnectionLost extends RuntimeException {

    public ConnectionLost(String message, Throwable cause) {
        super(message, cause);
    }
}
