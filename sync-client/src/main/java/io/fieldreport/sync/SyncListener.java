package io.fieldreport.sync;

/**
 * Told about a running operation's progress, on the thread that runs the operation: a listener that
 * updates a UI hops to the UI thread itself.
 */
@FunctionalInterface
public interface SyncListener {

    SyncListener NONE = p -> { };

    void progress(SyncProgress progress);
}
