package io.fieldreport.desktop.settings;

import atlantafx.base.controls.ToggleSwitch;
import io.fieldreport.desktop.Confirm;
import io.fieldreport.desktop.PageLayout;
import io.fieldreport.desktop.BuiltPage;
import io.fieldreport.sync.PhotoQuality;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** The settings screen: account and web address, sign out, and how syncing behaves. */
public final class SettingsView extends BuiltPage {

    private final SettingsViewModel vm;
    private ComboBox<Integer> interval;

    public SettingsView(SettingsViewModel vm) {
        this.vm = vm;
    }

    @Override
    public void focusFirst() {
        interval.requestFocus();
    }

    @Override
    protected Node create() {
        return PageLayout.scrollingColumn("settingsPage", 900, PageLayout.title("Settings"), syncPanel(),
                accountPanel());
    }

    private Node syncPanel() {
        Label heading = new Label("Syncing");
        heading.getStyleClass().add("section-title");

        interval = new ComboBox<>();
        interval.setId("autoSyncChoice");
        interval.getItems().setAll(SettingsViewModel.AUTO_SYNC_CHOICES);
        interval.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer minutes) {
                return minutes == null ? "" : SettingsViewModel.intervalWords(minutes);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        interval.setValue(vm.autoSyncMinutesProperty().get());
        vm.autoSyncMinutesProperty().addListener((obs, was, now) -> interval.setValue(now.intValue()));
        interval.valueProperty().addListener((obs, was, now) -> {
            if (now != null) {
                vm.autoSyncMinutesProperty().set(now);
            }
        });

        ComboBox<PhotoQuality> quality = new ComboBox<>();
        quality.setId("photoQualityChoice");
        quality.getItems().setAll(SettingsViewModel.QUALITY_CHOICES);
        quality.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(PhotoQuality q, boolean empty) {
                super.updateItem(q, empty);
                setText(empty || q == null ? null : SettingsViewModel.qualityWords(q));
            }
        });
        quality.setButtonCell(quality.getCellFactory().call(null));
        quality.valueProperty().bindBidirectional(vm.photoQualityProperty());

        ToggleSwitch offline = new ToggleSwitch();
        offline.setId("workOfflineSwitch");
        offline.selectedProperty().bindBidirectional(vm.workOfflineProperty());

        GridPane grid = new GridPane();
        grid.setHgap(20);
        grid.setVgap(14);
        addRow(grid, 0, "Sync automatically", interval, "Only while the web can be reached and Work offline is off.");
        addRow(grid, 1, "Photo upload quality", quality, "A reduced photo sends faster on a poor connection; the"
                + " original stays on this laptop and is sent when you return to original size.");
        addRow(grid, 2, "Work offline", offline, "No automatic syncs or connection checks. Save and Sync still"
                + " work when you press them.");
        VBox panel = new VBox(heading, grid);
        panel.getStyleClass().add("panel");
        return panel;
    }

    private static void addRow(GridPane grid, int row, String label, Node control, String help) {
        Label l = new Label(label);
        l.setMinWidth(180);
        Label h = new Label(help);
        h.getStyleClass().add("muted");
        h.setWrapText(true);
        h.setMaxWidth(420);
        grid.addRow(row, l, control, h);
    }

    private Node accountPanel() {
        Label heading = new Label("Account");
        heading.getStyleClass().add("section-title");
        Label who = new Label();
        who.setId("accountName");
        who.textProperty().bind(Bindings.createStringBinding(() -> "Signed in as " + vm.accountNameProperty().get()
                + " at " + vm.webAddressProperty().get(), vm.accountNameProperty(), vm.webAddressProperty()));

        TextField address = new TextField();
        address.setId("settingsWebAddress");
        address.textProperty().bindBidirectional(vm.newWebAddressProperty());
        HBox.setHgrow(address, Priority.ALWAYS);
        PasswordField token = new PasswordField();
        token.setId("settingsToken");
        token.setPromptText("Token");
        token.textProperty().bindBidirectional(vm.newTokenProperty());
        Button change = new Button("Change web address");
        change.setId("changeWebAddressButton");
        change.disableProperty().bind(vm.busyProperty().or(vm.newWebAddressProperty().isEqualTo(
                vm.webAddressProperty())));
        change.setOnAction(e -> vm.changeWebAddress());
        HBox addressRow = new HBox(10, new Label("Web address"), address, token, change);
        addressRow.setAlignment(Pos.CENTER_LEFT);
        Label addressMessage = new Label();
        addressMessage.setId("addressMessage");
        addressMessage.setWrapText(true);
        addressMessage.textProperty().bind(vm.addressMessageProperty());
        addressMessage.visibleProperty().bind(vm.addressMessageProperty().isNotEmpty());
        addressMessage.managedProperty().bind(addressMessage.visibleProperty());

        Button signOut = new Button("Sign out", new FontIcon(Material2AL.EXIT_TO_APP));
        signOut.setId("signOutButton");
        signOut.getStyleClass().add("button-outlined");
        signOut.disableProperty().bind(vm.busyProperty());
        signOut.setOnAction(e -> vm.signOut());
        Label signOutHelp = new Label("Signing out removes your inspections from this laptop. It is refused while"
                + " work is not on the web yet.");
        signOutHelp.getStyleClass().add("muted");
        signOutHelp.setWrapText(true);

        Label refusal = new Label();
        refusal.setId("signOutRefusal");
        refusal.setWrapText(true);
        refusal.getStyleClass().add("error-text");
        refusal.textProperty().bind(vm.signOutRefusalProperty());
        Button anyway = new Button("Sign out and lose that work…");
        anyway.setId("signOutAnywayButton");
        anyway.getStyleClass().add("danger");
        anyway.setOnAction(e -> {
            if (Confirm.ask(node().getScene().getWindow(), "signOutLosingWork", "Lose the work not on the web?",
                    vm.signOutRefusalProperty().get() + "\n\nThis cannot be undone: the changes exist only on this"
                            + " laptop.", "Sign out and lose it", true)) {
                vm.signOutLosingWork();
            }
        });
        VBox refused = new VBox(8, refusal, anyway);
        refused.visibleProperty().bind(vm.signOutRefusalProperty().isNotEmpty());
        refused.managedProperty().bind(refused.visibleProperty());

        VBox panel = new VBox(heading, who, addressRow, addressMessage, new HBox(12, signOut), signOutHelp, refused);
        panel.getStyleClass().add("panel");
        return panel;
    }
}
