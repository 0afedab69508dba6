package io.fieldreport.desktop.inspections;

import io.fieldreport.desktop.PageLayout;
import io.fieldreport.desktop.BuiltPage;
import io.fieldreport.desktop.TimeWords;
import io.fieldreport.desktop.syncstatus.SyncActivity;
import io.fieldreport.sync.protocol.InspectionRecord;
import io.fieldreport.sync.protocol.InspectionStatus;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The inspections screen: one card per inspection, with where it is and what is not on the web yet. */
public final class InspectionListView extends BuiltPage {

    private final InspectionListViewModel vm;
    private final SyncActivity activity;
    private ListView<InspectionRow> list;

    public InspectionListView(InspectionListViewModel vm, SyncActivity activity) {
        this.vm = vm;
        this.activity = activity;
    }

    @Override
    public void focusFirst() {
        list.requestFocus();
        if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    @Override
    protected Node create() {
        Label title = PageLayout.title("Inspections");
        Label subtitle = new Label("Assigned to you on the web, and those already on this laptop");
        subtitle.getStyleClass().add("page-subtitle");
        Button refresh = new Button("Refresh", new FontIcon(Material2MZ.REFRESH));
        refresh.setId("refreshInspections");
        refresh.setOnAction(e -> vm.refresh());
        ProgressIndicator loading = new ProgressIndicator();
        loading.setPrefSize(20, 20);
        loading.visibleProperty().bind(vm.loadingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, new VBox(2, title, subtitle), spacer, loading, refresh);
        header.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("inspectionsMessage");
        message.setWrapText(true);
        message.getStyleClass().add("muted");
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        list = new ListView<>(vm.rows());
        list.setId("inspectionList");
        list.getStyleClass().addAll("inspection-list", "edge-to-edge");
        list.setCellFactory(v -> new InspectionCell());
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                vm.open(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setPlaceholder(new Label("No inspections yet."));
        VBox.setVgrow(list, Priority.ALWAYS);

        VBox content = new VBox(header, message, list);
        content.getStyleClass().add("page-content");
        BorderPane page = new BorderPane(content);
        page.setId("inspectionsPage");
        page.getStyleClass().add("page");
        return page;
    }

    /** A card: address, client and date, where the inspection is, and an Open button. */
    private final class InspectionCell extends ListCell<InspectionRow> {

        InspectionCell() {
            setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && getItem() != null) {
                    vm.open(getItem());
                }
            });
        }

        @Override
        protected void updateItem(InspectionRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            setGraphic(empty || row == null ? null : card(row));
        }

        private Node card(InspectionRow row) {
            InspectionRecord i = row.inspection();
            FontIcon icon = new FontIcon(Material2AL.HOME_WORK);
            icon.setIconSize(28);
            icon.getStyleClass().add("inspection-icon");
            Label address = new Label(i.address());
            address.getStyleClass().add("inspection-address");
            String inspectors = i.inspectors().isEmpty() ? "" : " · " + String.join(", ", i.inspectors());
            Label details = new Label("Client " + i.clientName() + " · " + TimeWords.date(i.scheduledDate())
                    + inspectors);
            details.getStyleClass().add("muted");
            HBox chips = new HBox(6);
            chips.setAlignment(Pos.CENTER_LEFT);
            if (row.onLaptop()) {
                chips.getChildren().add(chip("On this laptop", "chip-laptop"));
            } else {
                chips.getChildren().add(chip("On the web: downloads when opened", "chip-web"));
            }
            if (!row.allOnWeb()) {
                Label pending = chip(row.pendingWords(), "chip-pending");
                pending.setId("pending-" + i.id());
                pending.setGraphic(new FontIcon(Material2AL.CLOUD_UPLOAD));
                chips.getChildren().add(pending);
            }
            if (row.openConflicts() > 0) {
                chips.getChildren().add(chip(row.openConflicts() + " to review", "chip-conflict"));
            }
            if (i.status() == InspectionStatus.PUBLISHED) {
                chips.getChildren().add(chip("Published", "chip-published"));
            }
            VBox text = new VBox(4, address, details, chips);

            ProgressBar progress = new ProgressBar();
            progress.setId("openProgress-" + i.id());
            progress.setPrefWidth(180);
            progress.progressProperty().bind(activity.fractionProperty());
            Label phase = new Label();
            phase.getStyleClass().add("muted");
            phase.textProperty().bind(Bindings.concat(activity.phaseProperty(), "  ", activity.itemsProperty()));
            VBox opening = new VBox(4, progress, phase);
            opening.setAlignment(Pos.CENTER_RIGHT);
            opening.visibleProperty().bind(vm.openingProperty().isEqualTo(i.id()));
            opening.managedProperty().bind(opening.visibleProperty());

            Button open = new Button(row.onLaptop() ? "Open" : "Download and open");
            open.setId("openInspection-" + i.id());
            open.getStyleClass().add(row.onLaptop() ? "accent" : "button-outlined");
            open.disableProperty().bind(vm.openingProperty().isNotNull());
            open.setOnAction(e -> vm.open(row));

            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox card = new HBox(icon, text, spacer, opening, open);
            card.getStyleClass().add("inspection-card");
            return card;
        }

        private Label chip(String text, String style) {
            Label l = new Label(text);
            l.getStyleClass().addAll("chip", style);
            return l;
        }
    }
}
