package io.fieldreport.desktop.editor;

import io.fieldreport.desktop.Confirm;
import io.fieldreport.desktop.syncstatus.ProgressWords;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** The larger view of one photo, with its caption and Delete. The caption is stored when the view closes. */
final class PhotoViewer {

    private static final double WIDTH = 880;
    private static final double HEIGHT = 560;

    private PhotoViewer() {
    }

    static void show(Window owner, CommentViewModel comment, PhotoRow photo) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Photo");
        dialog.getDialogPane().setId("photoViewer");
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        // The window's own stylesheets, so the viewer takes the app's look and theme colours.
        if (owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }

        StackPane picture = new StackPane();
        picture.setPrefSize(WIDTH, HEIGHT);
        picture.getStyleClass().add("photo-viewer-picture");
        if (photo.onLaptop()) {
            // Decoded at the size it is shown (a 12-megapixel original would take ~50 MB of memory and
            // be scaled on every frame), on JavaFX's own loader thread (backgroundLoading=true).
            double scale = owner.getOutputScaleX();
            Image image = new Image(photo.file().toUri().toString(), WIDTH * scale, HEIGHT * scale, true, true, true);
            ImageView view = new ImageView(image);
            view.setPreserveRatio(true);
            view.setFitWidth(WIDTH);
            view.setFitHeight(HEIGHT);
            ProgressIndicator loading = new ProgressIndicator();
            loading.visibleProperty().bind(image.progressProperty().lessThan(1));
            picture.getChildren().addAll(view, loading);
        } else {
            Label missing = new Label("This photo is on the web; the next Sync downloads it to this laptop.");
            missing.getStyleClass().add("photo-viewer-missing");
            picture.getChildren().add(missing);
        }

        TextField caption = new TextField(photo.caption());
        caption.setId("captionField");
        caption.setPromptText("Caption: what the photo shows");
        HBox.setHgrow(caption, Priority.ALWAYS);
        Button delete = new Button("Delete photo", new FontIcon(Material2AL.DELETE));
        delete.setId("deletePhotoButton");
        delete.getStyleClass().addAll("danger", "button-outlined");
        delete.setOnAction(e -> {
            if (Confirm.ask(dialog.getDialogPane().getScene().getWindow(), "confirmDeletePhoto", "Delete this photo?",
                    "The photo is removed from the report on this laptop and, at the next Save or Sync, on the web.",
                    "Delete photo", true)) {
                comment.deletePhoto(photo);
                dialog.setResult(ButtonType.CANCEL);
                dialog.close();
            }
        });
        Label size = new Label(ProgressWords.size(photo.size()));
        size.getStyleClass().add("muted");
        HBox row = new HBox(10, new Label("Caption"), caption, size, delete);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(12, picture, row);
        content.setPadding(new Insets(4));
        dialog.getDialogPane().setContent(content);
        caption.setOnAction(e -> dialog.close());

        dialog.showAndWait().ifPresent(button -> {
            if (button != ButtonType.CANCEL) {
                comment.editCaption(photo, caption.getText());
            }
        });
    }
}
