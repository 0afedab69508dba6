package io.fieldreport.desktop.syncstatus;

import io.fieldreport.desktop.Session;
import io.fieldreport.desktop.background.LatestOnUi;
import io.fieldreport.desktop.background.TaskRunner;
import io.fieldreport.sync.AutoSync;
import io.fieldreport.sync.CancelToken;
import io.fieldreport.sync.Operation;
import io.fieldreport.sync.Phase;
import io.fieldreport.sync.SyncCancelledException;
import io.fieldreport.sync.SyncClient;
import io.fieldreport.sync.SyncListener;
import io.fieldreport.sync.SyncProgress;
import io.fieldreport.sync.SyncResult;
import io.fieldreport.sync.VerifyReport;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The laptop's work with the web, shared by the toolbar, the status bar and the Syncing Status page:
 * runs Save, Sync, Force Sync All Data and Verify in the background, shows the live progress of
 * those and of automatic syncs, and cancels. One operation runs at a time (sync-client enforces it
 * too); editing is never blocked by any of this.
 */
public final class SyncActivity {

    private static final System.Logger LOG = System.getLogger(SyncActivity.class.getName());

    private final SyncClient client;
    private final TaskRunner runner;
    private final Session session;
    private final List<Consumer<OperationOutcome>> outcomeListeners = new ArrayList<>();

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Operation> operation = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper phase = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper items = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper bytes = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lockHolder = new ReadOnlyStringWrapper("");
    private final BooleanBinding canStart;
    private final BooleanBinding canSync;
    /** The running manual operation's token; automatic runs are cancelled through {@link #autoCancel}. */
    private CancelToken cancel;
    private Runnable autoCancel = () -> { };

    public SyncActivity(SyncClient client, TaskRunner runner, Session session) {
        this.client = client;
        this.runner = runner;
        this.session = session;
        this.canStart = running.not();
        this.canSync = running.not().and(Bindings.isNotNull(session.openInspectionProperty()));
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Operation> operationProperty() {
        return operation.getReadOnlyProperty();
    }

    /** "Sync: Uploading photos". */
    public ReadOnlyStringProperty phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** 0 to 1, or -1 while the amount of work is not known yet. */
    public ReadOnlyDoubleProperty fractionProperty() {
        return fraction.getReadOnlyProperty();
    }

    /** "37 of 200 photos". */
    public ReadOnlyStringProperty itemsProperty() {
        return items.getReadOnlyProperty();
    }

    /** "12.3 MB of 64.0 MB". */
    public ReadOnlyStringProperty bytesProperty() {
        return bytes.getReadOnlyProperty();
    }

    /** More words from the engine: a retry after connection trouble, who holds the lock. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** While waiting for another inspector's sync lock: who holds it, in a sentence; otherwise empty. */
    public ReadOnlyStringProperty lockHolderProperty() {
        return lockHolder.getReadOnlyProperty();
    }

    /** Save, Force Sync's confirmation and Verify can start: nothing runs. */
    public BooleanBinding canStartProperty() {
        return canStart;
    }

    /** Sync pulls the open inspection, so it needs one. */
    public BooleanBinding canSyncProperty() {
        return canSync;
    }

    public void onOutcome(Consumer<OperationOutcome> listener) {
        outcomeListeners.add(listener);
    }

    public void save() {
        start(Operation.SAVE, (listener, token) -> client.save(listener, token));
    }

    public void sync() {
        session.openInspectionId().ifPresent(id -> start(Operation.SYNC, (l, t) -> client.sync(id, l, t)));
    }

    /** Sync Now on the status page: a Sync of the open inspection, or a Save when none is open. */
    public void syncNow() {
        if (session.openInspectionId().isPresent()) {
            sync();
        } else {
            save();
        }
    }

    public void forceSync() {
        session.openInspectionId().ifPresent(id -> start(Operation.FORCE_SYNC, (l, t) -> client.forceSync(id, l, t)));
    }

    public void verify() {
        session.openInspectionId().ifPresent(id -> start(Operation.VERIFY, (l, t) -> client.verify(id, l, t)));
    }

    /** Stops the running operation at its next safe point; what reached the web stays there. */
    public void cancel() {
        if (cancel != null) {
            cancel.cancel();
        }
        autoCancel.run();
    }

    /**
     * Runs an operation that another part of the window started (opening an inspection the first
     * time), so that the status bar and the Cancel button cover it too. Refused (false) while another
     * manual operation runs; an automatic one only loses the display, sync-client queues the two.
     */
    public <T> boolean run(Operation op, Job<T> job, Consumer<T> done, Consumer<Throwable> failed) {
        if (cancel != null) {
            return false;
        }
        CancelToken token = new CancelToken();
        cancel = token;
        begin(op);
        LatestOnUi<SyncProgress> progress = new LatestOnUi<>(runner, this::show);
        runner.run(op.label(), () -> job.run(progress::accept, token), result -> {
            end(token);
            done.accept(result);
        }, error -> {
            end(token);
            failed.accept(error);
        });
        return true;
    }

    /** One operation's body, run in the background. */
    @FunctionalInterface
    public interface Job<T> {
        T run(SyncListener listener, CancelToken cancel) throws Exception;
    }

    private void start(Operation op, Job<?> job) {
        run(op, job, result -> publish(succeeded(op, result, true)),
                error -> publish(error instanceof SyncCancelledException
                        ? new OperationOutcome.Cancelled(op, true) : new OperationOutcome.Failed(op, true, error)));
    }

    private static OperationOutcome succeeded(Operation op, Object result, boolean manual) {
        if (result instanceof VerifyReport report) {
            return new OperationOutcome.Verified(op, manual, report);
        }
        return new OperationOutcome.Succeeded(op, manual, (SyncResult) result);
    }

    // ---- automatic syncs -------------------------------------------------------------------------

    /** The listener to give {@link AutoSync}: its runs show in the status bar like manual ones. */
    public SyncListener autoSyncListener() {
        LatestOnUi<SyncProgress> progress = new LatestOnUi<>(runner, p -> {
            if (!running.get()) {
                begin(p.operation());
            }
            show(p);
        });
        return progress::accept;
    }

    /** What cancels an automatic run (the Cancel button covers those too). */
    public void setAutoCancel(Runnable cancelAutomaticRun) {
        this.autoCancel = cancelAutomaticRun;
    }

    /** Called on the UI thread when an automatic run ended. */
    public void autoSyncFinished(AutoSync.Outcome outcome) {
        Operation op = operation.get() != null ? operation.get() : Operation.SYNC;
        if (cancel == null) {
            end(null);
        }
        if (outcome instanceof AutoSync.Outcome.Succeeded s) {
            publish(new OperationOutcome.Succeeded(s.result().operation(), false, s.result()));
        } else if (outcome instanceof AutoSync.Outcome.Failed f) {
            publish(new OperationOutcome.Failed(op, false, f.error()));
        }
    }

    // ---- state -----------------------------------------------------------------------------------

    private void begin(Operation op) {
        running.set(true);
        operation.set(op);
        showNothing(op.label() + ": " + Phase.STARTING.label());
    }

    private void showNothing(String phaseWords) {
        phase.set(phaseWords);
        fraction.set(-1);
        items.set("");
        bytes.set("");
        detail.set("");
        lockHolder.set("");
    }

    private void show(SyncProgress p) {
        if (!running.get()) {
            return; // a late report of an operation that already ended
        }
        phase.set(ProgressWords.phase(p));
        fraction.set(p.fraction());
        items.set(ProgressWords.items(p));
        bytes.set(ProgressWords.bytes(p));
        if (p.phase() == Phase.WAITING_FOR_LOCK) {
            // The engine announces the phase, then who holds the lock: keep the name between the two.
            if (!p.detail().isBlank()) {
                lockHolder.set(p.detail());
            }
        } else {
            lockHolder.set("");
            detail.set(p.detail());
        }
    }

    private void end(CancelToken token) {
        if (token != cancel) {
            return;
        }
        cancel = null;
        running.set(false);
        showNothing("");
    }

    private void publish(OperationOutcome outcome) {
        LOG.log(System.Logger.Level.INFO, () -> outcome.operation().label() + " ended: "
                + outcome.getClass().getSimpleName());
        outcomeListeners.forEach(l -> l.accept(outcome));
    }
}
