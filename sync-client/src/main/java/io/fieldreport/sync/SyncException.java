package io.fieldreport.sync;

/**
 * An operation could not finish. The message is written for the inspector: what happened and what
 * to do next. Nothing saved on the laptop is lost; what was not acknowledged stays pending.
 */
public class SyncException extends Exception {

    public SyncException(String message) {
        super(message);
    }

    public SyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
