package io.fieldreport.desktop.background;

import java.time.Duration;

/**
 * Runs an action on the UI thread after a pause: the autosave pause while the inspector types, the
 * connection check's interval. Injected so that tests decide when the pause is over instead of
 * sleeping.
 */
public interface Delay {

    /** A scheduled action that has not run yet. */
    interface Pending {
        /** Stops the action if it has not started; harmless after it ran. */
        void cancel();
    }

    Pending after(Duration pause, Runnable actionOnUi);
}
