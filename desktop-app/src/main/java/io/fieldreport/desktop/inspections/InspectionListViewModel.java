package io.fieldreport.desktop.inspections;

import io.fieldreport.desktop.Session;
import io.fieldreport.desktop.background.TaskRunner;
import io.fieldreport.desktop.notify.NotificationCenter;
import io.fieldreport.desktop.notify.PlainWords;
import io.fieldreport.desktop.syncstatus.SyncActivity;
import io.fieldreport.sync.CancelToken;
import io.fieldreport.sync.InspectionSummary;
import io.fieldreport.sync.Operation;
import io.fieldreport.sync.SyncCancelledException;
import io.fieldreport.sync.SyncClient;
import io.fieldreport.sync.SyncException;
import io.fieldreport.sync.SyncListener;
import io.fieldreport.sync.WebUnreachableException;
import io.fieldreport.sync.protocol.InspectionRecord;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The inspections screen: those on this laptop at once, then those assigned on the web merged in.
 * Opening one the first time downloads it whole, with the progress shown by {@link SyncActivity}.
 */
public final class InspectionListViewModel {

    private final SyncClient client;
    private final TaskRunner runner;
    private final Session session;
    private final SyncActivity activity;
    private final NotificationCenter notices;
    private final BooleanSupplier workOffline;
    private final ObservableList<InspectionRow> rows = FXCollections.observableArrayList();
    private final ObservableList<InspectionRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<UUID> opening = new ReadOnlyObjectWrapper<>();
    /** Opened as soon as the web lists it: the demo's inspection, right after its sign-in. */
    private UUID openWhenListed;

    public InspectionListViewModel(SyncClient client, TaskRunner runner, Session session, SyncActivity activity,
                                   NotificationCenter notices, BooleanSupplier workOffline) {
        this.client = client;
        this.runner = runner;
        this.session = session;
        this.activity = activity;
        this.notices = notices;
        this.workOffline = workOffline;
    }

    /** The inspections, web and laptop merged, by scheduled date as the web lists them. */
    public ObservableList<InspectionRow> rows() {
        return rowsView;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Why the list may be incomplete (offline), or that it is empty; otherwise empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The inspection being downloaded for the first time, or null. */
    public ReadOnlyObjectProperty<UUID> openingProperty() {
        return opening.getReadOnlyProperty();
    }

    /** Shows what is on the laptop, then asks the web for the rest (unless working offline). */
    public void refresh() {
        loading.set(true);
        runner.run("listing the inspections on this laptop", () -> withPhotos(client.localInspections()), local -> {
            if (rows.isEmpty() || !local.isEmpty()) {
                show(local);
            }
            if (workOffline.getAsBoolean()) {
                loading.set(false);
                message.set(rows.isEmpty() ? "You are working offline, and no inspection is on this laptop yet."
                        + " Turn Work offline off to list your inspections from the web."
                        : "Working offline: only the inspections on this laptop are listed.");
                return;
            }
            runner.run("listing the inspections on the web", () -> withPhotos(client.allInspections()), all -> {
                loading.set(false);
                show(all);
                message.set(all.isEmpty() ? "No inspection is assigned to you yet. Ask the office, then refresh." : "");
            }, e -> {
                loading.set(false);
                message.set(e instanceof WebUnreachableException
                        ? "The web can't be reached: only the inspections on this laptop are listed."
                        : PlainWords.explain("listing your inspections", e).sentence());
            });
        }, e -> {
            loading.set(false);
            notices.failed("listing the inspections", e);
        });
    }

    /** Adds the photos not on the web yet to each inspection on the laptop; runs in the background. */
    private List<InspectionRow> withPhotos(List<InspectionSummary> list) {
        return list.stream().map(s -> new InspectionRow(s,
                s.onLaptop() ? client.status(s.inspection().id()).photosToUpload() : 0)).toList();
    }

    private void show(List<InspectionRow> list) {
        rows.setAll(list);
        if (openWhenListed != null) {
            list.stream().filter(r -> r.inspection().id().equals(openWhenListed)).findFirst().ifPresent(r -> {
                openWhenListed = null;
                open(r);
            });
        }
    }

    /** Opens {@code inspection} the next time the list holds it, once. */
    public void openWhenListed(UUID inspection) {
        openWhenListed = inspection;
    }

    /**
     * Opens an inspection in the editor: at once if it is on the laptop, after its initial download
     * otherwise.
     */
    public void open(InspectionRow row) {
        if (opening.get() != null) {
            return;
        }
        UUID id = row.inspection().id();
        opening.set(id);
        runner.run("checking the inspection", () -> client.isDownloaded(id), downloaded -> {
            if (downloaded) {
                runner.run("opening the inspection", () -> openAndRead(row, SyncListener.NONE, new CancelToken()),
                        this::opened, this::openFailed);
            } else {
                boolean started = activity.run(Operation.INITIAL_SYNC,
                        (listener, cancel) -> openAndRead(row, listener, cancel), this::opened, this::openFailed);
                if (!started) {
                    opening.set(null);
                    message.set("Another sync is running. Open this inspection when it has finished.");
                }
            }
        }, this::openFailed);
    }

    /** Runs in the background: the download if needed, then the header as this laptop now holds it. */
    private InspectionRecord openAndRead(InspectionRow row, SyncListener listener, CancelToken cancel)
            throws SyncException {
        UUID id = row.inspection().id();
        client.open(id, listener, cancel);
        return client.inspection(id).orElse(row.inspection());
    }

    private void opened(InspectionRecord inspection) {
        opening.set(null);
        session.opened(inspection);
        refresh();
    }

    private void openFailed(Throwable e) {
        opening.set(null);
        if (!(e instanceof SyncCancelledException)) {
            notices.failed("opening the inspection", e);
        }
    }
}
