package io.fieldreport.sync.store;

/** An edit the laptop refuses, with the reason in words an inspector understands. Nothing was written. */
public final class EditRejectedException extends RuntimeException {

    public EditRejectedException(String message) {
        super(message);
    }
}
