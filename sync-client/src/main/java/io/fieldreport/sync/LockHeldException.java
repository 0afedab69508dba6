package io.fieldreport.sync;

import java.time.Instant;

/** Another inspector kept the inspection's sync lock for longer than this laptop waits. */
public final class LockHeldException extends SyncException {

    private final String holder;
    private final Instant until;

    public LockHeldException(String holder, Instant until, String message) {
        super(message);
        this.holder = holder;
        this.until = until;
    }

    public String holder() {
        return holder;
    }

    public Instant until() {
        return until;
    }
}
