package io.fieldreport.desktop.syncstatus;

import io.fieldreport.desktop.Session;
import io.fieldreport.desktop.background.Delay;
import io.fieldreport.desktop.background.TaskRunner;
import io.fieldreport.desktop.notify.PlainWords;
import io.fieldreport.sync.Operation;
import io.fieldreport.sync.SyncClient;
import io.fieldreport.sync.SyncStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Syncing Status numbers, read in the background from the same tables Save and Sync work from.
 * Uploads count the whole laptop, because Save and Sync send every inspection's changes; downloads
 * and the last Save, Sync, Force Sync and Verify are the open inspection's, since Sync pulls only it.
 */
public final class SyncStatusViewModel {

    private static final System.Logger LOG = System.getLogger(SyncStatusViewModel.class.getName());

    private final SyncClient client;
    private final TaskRunner runner;
    private final Session session;

    private final ReadOnlyStringWrapper scope = new ReadOnlyStringWrapper("this laptop");
    private final ReadOnlyBooleanWrapper aboutInspection = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper changesToUpload = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper photosToUpload = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper photosToDownload = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<Instant> lastSave = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Instant> lastSync = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Instant> lastForceSync = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Instant> lastVerify = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Boolean> lastVerifyMatched = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PlainWords.Explanation> lastError = new ReadOnlyObjectWrapper<>();
    /** The last failure this run of the app saw, to explain sync-client's stored text of it in full. */
    private String failureText;
    private PlainWords.Explanation failureWords;
    private final ReadOnlyStringWrapper clockWarning = new ReadOnlyStringWrapper("");
    private final ObservableList<RejectedRow> rejected = FXCollections.observableArrayList();
    /** Refreshes asked for while one runs collapse into one more run after it. */
    private boolean reading;
    private boolean readAgain;
    private final Delay delay;
    private Delay.Pending soon;

    private static final Duration SOON = Duration.ofMillis(400);

    public SyncStatusViewModel(SyncClient client, TaskRunner runner, Delay delay, Session session) {
        this.client = client;
        this.runner = runner;
        this.delay = delay;
        this.session = session;
        session.openInspectionProperty().addListener((obs, was, now) -> refresh());
    }

    /** A snapshot of everything the page shows. */
    record Snapshot(SyncStatus laptop, SyncStatus inspection, List<RejectedRow> rejected) {
    }

    /**
     * Reads the numbers again a moment from now: what a running operation calls at every step. A
     * Sync of 200 photos has 200 steps; one read per pause follows it closely enough without
     * taking the database from the Sync over and over.
     */
    public void refreshSoon() {
        if (soon == null) {
            soon = delay.after(SOON, () -> {
                soon = null;
                refresh();
            });
        }
    }

    /** Reads the numbers again in the background; safe to call as often as anything changes. */
    public void refresh() {
        if (reading) {
            readAgain = true;
            return;
        }
        reading = true;
        UUID inspection = session.openInspectionId().orElse(null);
        runner.run("reading the sync status", () -> new Snapshot(client.status(null),
                inspection == null ? null : client.status(inspection),
                RejectedRow.read(client, client.rejectedChanges(true))), s -> {
                    show(s);
                    readDone();
                }, e -> {
                    LOG.log(System.Logger.Level.WARNING, "could not read the sync status", e);
                    readDone();
                });
    }

    private void readDone() {
        reading = false;
        if (readAgain) {
            readAgain = false;
            refresh();
        }
    }

    private void show(Snapshot s) {
        SyncStatus own = s.inspection() != null ? s.inspection() : s.laptop();
        aboutInspection.set(s.inspection() != null);
        scope.set(session.openInspectionProperty().get() != null
                ? session.openInspectionProperty().get().address() : "this laptop");
        changesToUpload.set(s.laptop().changesToUpload());
        photosToUpload.set(s.laptop().photosToUpload());
        photosToDownload.set(own.photosToDownload());
        lastSave.set(own.lastSave());
        lastSync.set(own.lastSync());
        lastForceSync.set(own.lastForceSync());
        lastVerify.set(own.lastVerify());
        lastVerifyMatched.set(own.lastVerifyMatched());
        lastError.set(explainLastError(own.lastError()));
        clockWarning.set(own.clockOff() ? "This laptop's clock is " + Math.abs(own.clockOffsetMillis() / 60_000)
                + " minutes " + (own.clockOffsetMillis() > 0 ? "behind" : "ahead of") + " the web's. Edits are"
                + " still ordered correctly, but fix the clock in the system settings." : "");
        rejected.setAll(s.rejected());
    }

    /** An operation failed: its plain words explain the stored error text while that stays the last error. */
    public void failed(Operation operation, Throwable error) {
        failureText = error.getMessage();
        failureWords = PlainWords.explain(PlainWords.doing(operation), error);
    }

    private PlainWords.Explanation explainLastError(String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        return stored.equals(failureText) ? failureWords : PlainWords.storedError(stored);
    }

    /** Acknowledges a rejected change: it leaves the list (its content stays in the comment or photo). */
    public void acknowledge(RejectedRow row) {
        rejected.remove(row);
        runner.run("acknowledging a rejected change", () -> {
            client.acknowledgeRejected(row.change().changeId());
            return null;
        }, ignored -> refresh(), e -> LOG.log(System.Logger.Level.WARNING, "could not acknowledge", e));
    }

    /** Whether the last Save, Sync and Force Sync times are an open inspection's (the laptop has none of its own). */
    public ReadOnlyBooleanProperty aboutInspectionProperty() {
        return aboutInspection.getReadOnlyProperty();
    }

    /** What the numbers are about: the open inspection's address, or "this laptop". */
    public ReadOnlyStringProperty scopeProperty() {
        return scope.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty changesToUploadProperty() {
        return changesToUpload.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty photosToUploadProperty() {
        return photosToUpload.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty photosToDownloadProperty() {
        return photosToDownload.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> lastSaveProperty() {
        return lastSave.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> lastSyncProperty() {
        return lastSync.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> lastForceSyncProperty() {
        return lastForceSync.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> lastVerifyProperty() {
        return lastVerify.getReadOnlyProperty();
    }

    /** True, false, or null when never verified. */
    public ReadOnlyObjectProperty<Boolean> lastVerifyMatchedProperty() {
        return lastVerifyMatched.getReadOnlyProperty();
    }

    /** The last Save or Sync's failure in plain words, with sync-client's text as its details; null when it did not fail. */
    public ReadOnlyObjectProperty<PlainWords.Explanation> lastErrorProperty() {
        return lastError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty clockWarningProperty() {
        return clockWarning.getReadOnlyProperty();
    }

    /** The changes the web rejected, with where they belong in the report, newest first. */
    public ObservableList<RejectedRow> rejected() {
        return FXCollections.unmodifiableObservableList(rejected);
    }
}
