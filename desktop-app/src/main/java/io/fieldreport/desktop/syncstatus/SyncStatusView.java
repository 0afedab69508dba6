package io.fieldreport.desktop.syncstatus;

import io.fieldreport.desktop.PageLayout;
import io.fieldreport.desktop.BuiltPage;
import io.fieldreport.desktop.TimeWords;
import io.fieldreport.desktop.notify.PlainWords;
import java.time.Instant;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Syncing Status page: what is still to move (each count must reach 0 after a Sync), when Save,
 * Sync and Force Sync last succeeded and whether the last verify matched, Sync Now and Cancel with
 * live progress, the last error, and the changes the web rejected.
 */
public final class SyncStatusView extends BuiltPage {

    private final SyncStatusViewModel vm;
    private final SyncActivity activity;
    private final TimeWords time;
    private Button syncNow;

    public SyncStatusView(SyncStatusViewModel vm, SyncActivity activity, TimeWords time) {
        this.vm = vm;
        this.activity = activity;
        this.time = time;
    }

    @Override
    public void focusFirst() {
        syncNow.requestFocus();
    }

    @Override
    protected Node create() {
        Label scope = new Label();
        scope.setId("statusScope");
        scope.getStyleClass().add("page-subtitle");
        scope.textProperty().bind(Bindings.createStringBinding(() -> subtitle(vm.aboutInspectionProperty().get(),
                vm.scopeProperty().get()), vm.aboutInspectionProperty(), vm.scopeProperty()));
        VBox heading = new VBox(2, PageLayout.title("Syncing Status"), scope);

        HBox tiles = new HBox(16,
                tile("Changes to upload", "changesToUpload", vm.changesToUploadProperty()),
                tile("Photos to upload", "photosToUpload", vm.photosToUploadProperty()),
                tile("Photos to download", "photosToDownload", vm.photosToDownloadProperty()));

        return PageLayout.scrollingColumn("syncStatusPage", 980, heading, tiles, syncPanel(), historyPanel(),
                errorPanel(), rejectedPanel());
    }

    /** What the numbers are about: Save and Sync send every inspection's work, Sync brings in the open one's. */
    static String subtitle(boolean aboutInspection, String address) {
        return aboutInspection
                ? "Uploads: every inspection on this laptop. Downloads and history: " + address + "."
                : "Every inspection on this laptop. Open one to see its downloads and history.";
    }

    private Node tile(String caption, String id, ReadOnlyIntegerProperty count) {
        Label value = new Label();
        value.setId(id);
        value.getStyleClass().add("count-value");
        value.textProperty().bind(count.asString());
        count.addListener((obs, was, now) -> markZero(value, now.intValue()));
        markZero(value, count.get());
        Label label = new Label(caption);
        label.getStyleClass().add("muted");
        VBox tile = new VBox(value, label);
        tile.getStyleClass().add("count-tile");
        HBox.setHgrow(tile, Priority.ALWAYS);
        return tile;
    }

    private static void markZero(Label value, int n) {
        value.getStyleClass().removeAll("zero", "nonzero");
        value.getStyleClass().add(n == 0 ? "zero" : "nonzero");
    }

    private Node syncPanel() {
        syncNow = new Button("Sync Now", new FontIcon(Material2MZ.SYNC));
        syncNow.setId("syncNowButton");
        syncNow.getStyleClass().add("accent");
        syncNow.disableProperty().bind(activity.canStartProperty().not());
        syncNow.setOnAction(e -> activity.syncNow());
        Button cancel = new Button("Cancel", new FontIcon(Material2AL.CANCEL));
        cancel.setId("cancelSyncButton");
        cancel.disableProperty().bind(activity.runningProperty().not());
        cancel.setOnAction(e -> activity.cancel());

        Label phase = new Label();
        phase.setId("statusPhase");
        phase.textProperty().bind(Bindings.when(activity.runningProperty()).then(activity.phaseProperty())
                .otherwise("Nothing is syncing right now."));
        ProgressBar bar = new ProgressBar(0);
        bar.setId("statusProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(Bindings.when(activity.runningProperty())
                .then(activity.fractionProperty()).otherwise(0));
        Label items = new Label();
        items.setId("progressItems");
        items.textProperty().bind(activity.itemsProperty());
        Label bytes = new Label();
        bytes.setId("progressBytes");
        bytes.textProperty().bind(activity.bytesProperty());
        Label detail = new Label();
        detail.setId("progressDetail");
        detail.getStyleClass().add("muted");
        detail.setWrapText(true);
        detail.textProperty().bind(Bindings.when(activity.lockHolderProperty().isNotEmpty())
                .then(activity.lockHolderProperty()).otherwise(activity.detailProperty()));
        // Empty lines take no room: no gap above the tip while there is nothing to say.
        detail.visibleProperty().bind(detail.textProperty().isNotEmpty());
        detail.managedProperty().bind(detail.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox counts = new HBox(16, items, bytes, spacer);
        counts.visibleProperty().bind(items.textProperty().isNotEmpty().or(bytes.textProperty().isNotEmpty()));
        counts.managedProperty().bind(counts.visibleProperty());
        HBox buttons = new HBox(10, syncNow, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label tip = new Label("Sync at the start and the end of the day. Stay on this page until both photo counts"
                + " reach 0; you can keep writing in the report meanwhile.");
        tip.getStyleClass().add("tip");
        tip.setWrapText(true);
        VBox panel = new VBox(buttons, phase, bar, counts, detail, tip);
        panel.getStyleClass().add("panel");
        return panel;
    }

    private Node historyPanel() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("status-grid");
        grid.setHgap(24);
        grid.setVgap(6);
        row(grid, 0, "Last successful Save", "lastSaveValue", vm.lastSaveProperty());
        row(grid, 1, "Last successful Sync", "lastSyncValue", vm.lastSyncProperty());
        row(grid, 2, "Last successful Force Sync", "lastForceSyncValue", vm.lastForceSyncProperty());
        Label verify = new Label();
        verify.setId("lastVerifyValue");
        verify.textProperty().bind(Bindings.createStringBinding(() -> verifyWords(vm.lastVerifyMatchedProperty().get(),
                vm.lastVerifyProperty().get()), vm.lastVerifyMatchedProperty(), vm.lastVerifyProperty()));
        vm.lastVerifyMatchedProperty().addListener((obs, was, now) -> markVerify(verify, now));
        markVerify(verify, vm.lastVerifyMatchedProperty().get());
        Label key = new Label("Last check with the web");
        key.getStyleClass().add("status-key");
        grid.addRow(3, key, verify);
        Label clock = new Label();
        clock.setId("clockWarning");
        clock.getStyleClass().add("error-text");
        clock.setWrapText(true);
        clock.textProperty().bind(vm.clockWarningProperty());
        clock.visibleProperty().bind(vm.clockWarningProperty().isNotEmpty());
        clock.managedProperty().bind(clock.visibleProperty());
        Label title = new Label("History");
        title.getStyleClass().add("section-title");
        VBox panel = new VBox(title, grid, clock);
        panel.getStyleClass().add("panel");
        return panel;
    }

    private void row(GridPane grid, int row, String key, String id, ReadOnlyObjectProperty<Instant> when) {
        Label k = new Label(key);
        k.getStyleClass().add("status-key");
        Label v = new Label();
        v.setId(id);
        v.textProperty().bind(Bindings.createStringBinding(() -> time.at(when.get()), when));
        grid.addRow(row, k, v);
    }

    private String verifyWords(Boolean matched, Instant when) {
        if (matched == null) {
            return "not checked yet (Sync checks at its end; More options › Verify checks now)";
        }
        return (matched ? "the web has everything this laptop has" : "differences found: run Sync, or Force Sync")
                + " (" + time.at(when) + ")";
    }

    private static void markVerify(Label label, Boolean matched) {
        label.getStyleClass().removeAll("verify-matched", "verify-differs");
        if (matched != null) {
            label.getStyleClass().add(matched ? "verify-matched" : "verify-differs");
        }
    }

    private Node errorPanel() {
        Label title = new Label("Last error");
        title.getStyleClass().add("section-title");
        Label none = new Label("None: the last operation finished without an error.");
        none.getStyleClass().add("muted");
        Label headline = new Label();
        headline.setId("lastErrorHeadline");
        headline.getStyleClass().add("error-headline");
        Label words = new Label();
        words.setId("lastErrorText");
        words.setWrapText(true);
        TextArea details = new TextArea();
        details.setId("lastErrorDetails");
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(3);
        TitledPane detailsPane = new TitledPane("Details for the office", details);
        detailsPane.setExpanded(false);
        detailsPane.setAnimated(false);
        vm.lastErrorProperty().addListener((obs, was, now) -> showError(now, headline, words, details));
        showError(vm.lastErrorProperty().get(), headline, words, details);
        BooleanBinding failed = vm.lastErrorProperty().isNotNull();
        none.visibleProperty().bind(failed.not());
        for (Node n : List.of(headline, words, detailsPane)) {
            n.visibleProperty().bind(failed);
        }
        for (Node n : List.of(none, headline, words, detailsPane)) {
            n.managedProperty().bind(n.visibleProperty());
        }
        VBox panel = new VBox(title, none, headline, words, detailsPane);
        panel.getStyleClass().add("panel");
        return panel;
    }

    private static void showError(PlainWords.Explanation e, Label headline, Label words, TextArea details) {
        headline.setText(e == null ? "" : e.headline());
        words.setText(e == null ? "" : e.sentence());
        details.setText(e == null ? "" : e.details());
    }

    private Node rejectedPanel() {
        Label title = new Label("Changes the web rejected");
        title.getStyleClass().add("section-title");
        Label explain = new Label("The web will not take these (for example, the report was published). Their text"
                + " and photos stay on this laptop. Acknowledge each once you have dealt with it.");
        explain.getStyleClass().add("muted");
        explain.setWrapText(true);
        ListView<RejectedRow> list = new ListView<>(vm.rejected());
        list.setId("rejectedList");
        list.setPrefHeight(160);
        list.setPlaceholder(new Label("None."));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(RejectedRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(null);
                // As wide as the list, not as its longest text: the words wrap instead of scrolling sideways.
                setPrefWidth(0);
                if (empty || r == null) {
                    setGraphic(null);
                    return;
                }
                Label what = new Label(r.what() + (r.where().isEmpty() ? "" : " on " + r.where())
                        + (r.excerpt().isEmpty() ? "" : ": " + r.excerpt()));
                what.setId("rejectedWhat");
                what.setWrapText(true);
                Label why = new Label(r.reason() + " Rejected " + time.at(r.change().rejectedAt()) + ".");
                why.setId("rejectedWhy");
                why.getStyleClass().add("muted");
                why.setWrapText(true);
                why.setTooltip(new Tooltip("The web's words: " + r.change().message() + " (code "
                        + r.change().reason() + ")"));
                Button ok = new Button("Acknowledge");
                ok.getStyleClass().add("small");
                ok.setMinWidth(Region.USE_PREF_SIZE);
                ok.setOnAction(e -> vm.acknowledge(r));
                VBox words = new VBox(2, what, why);
                words.setMinWidth(0);
                HBox.setHgrow(words, Priority.ALWAYS);
                HBox row = new HBox(10, words, ok);
                row.setAlignment(Pos.CENTER_LEFT);
                setGraphic(row);
            }
        });
        VBox panel = new VBox(title, explain, list);
        panel.getStyleClass().add("panel");
        return panel;
    }
}
