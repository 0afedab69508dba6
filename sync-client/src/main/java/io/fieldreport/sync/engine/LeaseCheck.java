package io.fieldreport.sync.engine;

import io.fieldreport.sync.SyncException;

/**
 * Asked between steps of a Sync (between pages, between photos) whether its sync lock is still
 * held, so a Sync whose lease ran out stops at the next step instead of carrying on unprotected.
 */
@FunctionalInterface
interface LeaseCheck {

    /** For what runs without the lock (Save): nothing to check. */
    LeaseCheck NONE = () -> { };

    void ensureHeld() throws SyncException;
}
