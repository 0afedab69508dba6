package io.fieldreport.desktop;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/**
 * A question before something that cannot be taken back or takes long: Force Sync, signing out with
 * work not on the web, deleting. The confirming button says what it does, never just "OK".
 */
public final class Confirm {

    private Confirm() {
    }

    /**
     * Asks and waits for the answer (a nested event loop: the UI stays live).
     *
     * @param id names the dialog's nodes for tests: {@code id} on the pane, {@code confirm-id} and
     *           {@code cancel-id} on the buttons
     */
    public static boolean ask(Window owner, String id, String title, String body, String confirmText,
                              boolean dangerous) {
        ButtonType confirm = new ButtonType(confirmText, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(dangerous ? Alert.AlertType.WARNING : Alert.AlertType.CONFIRMATION, "", confirm, cancel);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label text = new Label(body);
        text.setWrapText(true);
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId(id);
        alert.getDialogPane().setPrefWidth(580);
        Button confirmButton = (Button) alert.getDialogPane().lookupButton(confirm);
        confirmButton.setId("confirm-" + id);
        confirmButton.getStyleClass().add(dangerous ? "danger" : "accent");
        alert.getDialogPane().lookupButton(cancel).setId("cancel-" + id);
        if (dangerous) {
            // Enter must not lose work by accident: the safe answer is the default.
            confirmButton.setDefaultButton(false);
            ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        }
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }
}
