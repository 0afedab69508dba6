package io.fieldreport.sync;

/**
 * Told about a running operation's progress, on the threads that run the operation (photos move
 * several at a time, each reporting from its own thread; calls never overlap): a listener that
 * updates a UI hops to the UI thread itself.
 */
@FunctionalInterface
public interface SyncListener {

    SyncListener NONE = p -> { };

    void progress(SyncProgress progress);
}
