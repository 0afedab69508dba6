package io.fieldreport.sync.transport;

/** Receives the web's time from every response, with the local times the request left and returned. */
@FunctionalInterface
public interface ServerTimeListener {

    void serverTime(long serverMillis, long sentAtMillis, long receivedAtMillis);
}
