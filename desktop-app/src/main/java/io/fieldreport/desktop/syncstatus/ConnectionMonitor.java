package io.fieldreport.desktop.syncstatus;

import io.fieldreport.desktop.background.Delay;
import io.fieldreport.desktop.background.TaskRunner;
import io.fieldreport.sync.SyncClient;
import io.fieldreport.sync.WebUnreachableException;
import java.time.Duration;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Whether the web is reachable, for the status bar: asked of the web every interval in the
 * background, and learnt from every operation's outcome in between. While the inspector works
 * offline, nothing is asked.
 */
public final class ConnectionMonitor {

    private final SyncClient client;
    private final TaskRunner runner;
    private final Delay delay;
    private final Duration interval;
    private final ReadOnlyObjectWrapper<Connection> state = new ReadOnlyObjectWrapper<>(Connection.CHECKING);
    private final BooleanProperty workOffline = new SimpleBooleanProperty();
    private boolean probing;
    /** A probe asked for while one runs (a sign-in meanwhile) runs right after it. */
    private boolean probeAgain;
    /** The one scheduled probe: a probe asked for in between replaces it rather than adding a second. */
    private Delay.Pending next;
    private boolean started;

    public ConnectionMonitor(SyncClient client, TaskRunner runner, Delay delay, Duration interval) {
        this.client = client;
        this.runner = runner;
        this.delay = delay;
        this.interval = interval;
        workOffline.addListener((obs, was, now) -> {
            if (now) {
                state.set(Connection.WORKING_OFFLINE);
            } else {
                state.set(Connection.CHECKING);
                probe();
            }
        });
    }

    public ReadOnlyObjectProperty<Connection> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Bound to the Work offline setting. */
    public BooleanProperty workOfflineProperty() {
        return workOffline;
    }

    /** Starts asking the web every interval. */
    public void start() {
        if (!started) {
            started = true;
            probe();
        }
    }

    /** Asks the web now (in the background). */
    public void probe() {
        if (workOffline.get()) {
            return;
        }
        if (probing) {
            probeAgain = true;
            return;
        }
        probing = true;
        // Before anyone signs in there is no web to ask: the state stays "checking", not "offline".
        runner.run("checking the connection", () -> client.account().isPresent() ? client.webReachable() : null,
                reachable -> {
                    if (reachable != null) {
                        reached(reachable);
                    }
                    probed();
                }, e -> {
                    reached(false);
                    probed();
                });
    }

    private void probed() {
        probing = false;
        if (probeAgain) {
            probeAgain = false;
            probe();
        } else if (started) {
            if (next != null) {
                next.cancel();
            }
            next = delay.after(interval, this::probe);
        }
    }

    /** Learns from an operation: one that finished reached the web, one that could not reach it did not. */
    public void learn(OperationOutcome outcome) {
        if (outcome instanceof OperationOutcome.Succeeded || outcome instanceof OperationOutcome.Verified) {
            reached(true);
        } else if (outcome instanceof OperationOutcome.Failed f && f.error() instanceof WebUnreachableException) {
            reached(false);
        }
    }

    private void reached(boolean reachable) {
        if (!workOffline.get()) {
            state.set(reachable ? Connection.ONLINE : Connection.OFFLINE);
        }
    }
}
