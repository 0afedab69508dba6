package io.fieldreport.sync.transport;

/**
 * Lets a running operation be stopped from another thread: checked between steps, and able to
 * abort a blocking network call at once.
 */
public interface Cancellation {

    Cancellation NEVER = new Cancellation() {
        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public Registration onCancel(Runnable action) {
            return () -> { };
        }
    };

    boolean isCancelled();

    /** Runs {@code action} when cancelled (at once if already cancelled) until the registration closes. */
    Registration onCancel(Runnable action);

    interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
