package io.fieldreport.desktop;

import io.fieldreport.sync.store.NewerSchemaException;
import io.fieldreport.sync.store.StoreException;
import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;

/**
 * The profile could not be opened at start (a newer FieldReport wrote it, the disk failed): the
 * inspector is told why, where the profile is and what to do, before the app closes, instead of the
 * installed app vanishing with a stack trace nobody sees. One dialog, no view model: there is
 * nothing to bind, and no other window exists yet.
 */
final class ProfileProblem {

    private final Path profileDir;
    private final StoreException error;

    ProfileProblem(Path profileDir, StoreException error) {
        this.profileDir = profileDir;
        this.error = error;
    }

    String title() {
        return error instanceof NewerSchemaException ? "This profile needs a newer FieldReport"
                : "FieldReport cannot open your profile";
    }

    String text() {
        String next = error instanceof NewerSchemaException
                ? "Update FieldReport to the latest version, then start it again. Your work in this folder is"
                        + " safe: this version did not change it."
                : "Your saved work stays in that folder. Check that the disk has free space and that the folder"
                        + " can be written to, then start FieldReport again. If this keeps happening, update"
                        + " FieldReport and send this message to the office.";
        return error.getMessage() + "\n\nProfile folder: " + profileDir.toAbsolutePath() + "\n\n" + next;
    }

    /** Shows the problem and waits until the inspector closes the dialog. */
    void showAndWait() {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.CLOSE);
        alert.setTitle("FieldReport");
        alert.setHeaderText(title());
        Label text = new Label(text());
        text.setWrapText(true);
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("profileProblem");
        alert.getDialogPane().setPrefWidth(580);
        alert.showAndWait();
    }
}
