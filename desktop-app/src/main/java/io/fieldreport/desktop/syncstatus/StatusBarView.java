package io.fieldreport.desktop.syncstatus;

import io.fieldreport.desktop.TimeWords;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The bottom line of the window: online or offline, what is not on the web yet, the last sync, and
 * while an operation runs its progress, Cancel, and who holds the sync lock it waits for.
 */
public final class StatusBarView {

    private final ConnectionMonitor connection;
    private final SyncStatusViewModel status;
    private final SyncActivity activity;
    private final TimeWords time;

    public StatusBarView(ConnectionMonitor connection, SyncStatusViewModel status, SyncActivity activity,
                         TimeWords time) {
        this.connection = connection;
        this.status = status;
        this.activity = activity;
        this.time = time;
    }

    public Node create() {
        FontIcon connectionIcon = new FontIcon(Material2AL.CLOUD_DONE);
        Label online = new Label("", connectionIcon);
        online.setId("connectionLabel");
        online.textProperty().bind(Bindings.createStringBinding(() -> connection.stateProperty().get().words(),
                connection.stateProperty()));
        connection.stateProperty().addListener((obs, was, now) -> showConnection(online, connectionIcon, now));
        showConnection(online, connectionIcon, connection.stateProperty().get());

        Label pending = new Label();
        pending.setId("pendingLabel");
        pending.textProperty().bind(Bindings.createStringBinding(() -> ProgressWords.pending(
                status.changesToUploadProperty().get(), status.photosToUploadProperty().get()),
                status.changesToUploadProperty(), status.photosToUploadProperty()));
        pending.graphicProperty().bind(Bindings.createObjectBinding(() -> nothingPending()
                ? null : new FontIcon(Material2AL.CLOUD_UPLOAD), status.changesToUploadProperty(),
                status.photosToUploadProperty()));
        status.changesToUploadProperty().addListener((obs, was, now) -> markPending(pending));
        status.photosToUploadProperty().addListener((obs, was, now) -> markPending(pending));
        markPending(pending);

        Label lastSync = new Label();
        lastSync.setId("lastSyncLabel");
        lastSync.textProperty().bind(Bindings.createStringBinding(() -> "Last sync " + time.at(
                status.lastSyncProperty().get()), status.lastSyncProperty()));
        // Sync works on one inspection: with none open there is no "last sync" to speak of.
        lastSync.visibleProperty().bind(status.aboutInspectionProperty());

        Label lock = new Label("", new FontIcon(Material2AL.LOCK));
        lock.setId("lockHolderLabel");
        lock.getStyleClass().add("status-lock");
        lock.textProperty().bind(activity.lockHolderProperty());
        lock.visibleProperty().bind(activity.lockHolderProperty().isNotEmpty());
        lock.managedProperty().bind(lock.visibleProperty());

        Label phase = new Label();
        phase.setId("phaseLabel");
        // Phase and items only: bytes are on the Syncing Status page, the bar is short of room.
        phase.textProperty().bind(Bindings.createStringBinding(() -> join(activity.phaseProperty().get(),
                activity.itemsProperty().get()), activity.phaseProperty(), activity.itemsProperty()));
        phase.setMinWidth(0);
        ProgressBar progress = new ProgressBar();
        progress.setId("statusBarProgress");
        progress.setPrefWidth(120);
        progress.setMinWidth(Region.USE_PREF_SIZE);
        progress.progressProperty().bind(activity.fractionProperty());
        Button cancel = new Button("Cancel", new FontIcon(Material2AL.CANCEL));
        cancel.setId("statusBarCancel");
        cancel.getStyleClass().add("flat");
        cancel.setOnAction(e -> activity.cancel());
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        for (Label l : List.of(online, pending, lastSync)) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        lock.setMinWidth(0);
        HBox running = new HBox(8, phase, progress, cancel);
        running.setAlignment(Pos.CENTER_LEFT);
        running.visibleProperty().bind(activity.runningProperty());
        running.managedProperty().bind(running.visibleProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Separator beforeLastSync = new Separator(Orientation.VERTICAL);
        beforeLastSync.visibleProperty().bind(lastSync.visibleProperty());
        HBox bar = new HBox(online, new Separator(Orientation.VERTICAL), pending, beforeLastSync, lastSync, spacer,
                lock, running);
        bar.setId("statusBar");
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private boolean nothingPending() {
        return status.changesToUploadProperty().get() == 0 && status.photosToUploadProperty().get() == 0;
    }

    private void markPending(Label pending) {
        pending.getStyleClass().remove("status-pending");
        if (!nothingPending()) {
            pending.getStyleClass().add("status-pending");
        }
    }

    private static String join(String... parts) {
        StringBuilder s = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                s.append(s.length() > 0 ? " · " : "").append(p);
            }
        }
        return s.toString();
    }

    private static void showConnection(Label label, FontIcon icon, Connection state) {
        label.getStyleClass().removeAll("status-online", "status-offline", "status-working-offline");
        switch (state) {
            case ONLINE -> {
                label.getStyleClass().add("status-online");
                icon.setIconCode(Material2AL.CLOUD_DONE);
            }
            case OFFLINE -> {
                label.getStyleClass().add("status-offline");
                icon.setIconCode(Material2AL.CLOUD_OFF);
            }
            case WORKING_OFFLINE -> {
                label.getStyleClass().add("status-working-offline");
                icon.setIconCode(Material2MZ.WIFI_OFF);
            }
            case CHECKING -> icon.setIconCode(Material2AL.CLOUD);
        }
    }
}
