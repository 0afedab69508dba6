package io.fieldreport.desktop.background;

import java.time.Duration;

/** Background work that can be finished when the app quits: no new work, and the work given waited for. */
public interface Drainable {

    /**
     * Stops taking work and waits at most {@code limit} for the work already given (queued or
     * running) to end. Blocks: never call it on the FX thread.
     *
     * @return whether everything ended within the limit
     */
    boolean drain(Duration limit) throws InterruptedException;
}
