package io.fieldreport.sync;

import io.fieldreport.sync.transport.Cancellation;
import java.util.ArrayList;
import java.util.List;

/**
 * Stops a running Save, Sync, Force Sync or Verify from another thread (the Cancel button). The
 * operation stops at the next safe point, aborting a network call in flight: what the web already
 * acknowledged stays acknowledged, everything else stays pending.
 */
public final class CancelToken implements Cancellation {

    private final List<Runnable> actions = new ArrayList<>();
    private boolean cancelled;

    public void cancel() {
        List<Runnable> toRun;
        synchronized (this) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            toRun = List.copyOf(actions);
            actions.clear();
            notifyAll();
        }
        toRun.forEach(Runnable::run);
    }

    @Override
    public synchronized boolean isCancelled() {
        return cancelled;
    }

    @Override
    public Registration onCancel(Runnable action) {
        synchronized (this) {
            if (!cancelled) {
                actions.add(action);
                return () -> {
                    synchronized (CancelToken.this) {
                        actions.remove(action);
                    }
                };
            }
        }
        action.run();
        return () -> { };
    }
}
