package io.fieldreport.desktop.editor;

import io.fieldreport.desktop.Confirm;
import io.fieldreport.sync.protocol.Rating;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * One comment as a card: the text, the rating buttons, its photos (add with the file chooser or
 * by dropping files on the card; open one for the larger view) and Delete. Tab leaves the text
 * instead of typing a tab, so the keyboard walks text, rating, photos, delete.
 */
final class CommentCard {

    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    private final CommentViewModel vm;
    private final EditorViewModel editor;
    private final ThumbnailCache thumbnails;
    private final PhotoPicker picker;
    private final ObservableBooleanValue readOnly;
    private final VBox card = new VBox();
    private final TextArea text = new TextArea();
    private final FlowPane photoStrip = new FlowPane();

    CommentCard(CommentViewModel vm, EditorViewModel editor, ThumbnailCache thumbnails, PhotoPicker picker,
                ObservableBooleanValue readOnly) {
        this.vm = vm;
        this.editor = editor;
        this.thumbnails = thumbnails;
        this.picker = picker;
        this.readOnly = readOnly;
        build();
    }

    Node node() {
        return card;
    }

    CommentViewModel viewModel() {
        return vm;
    }

    void focusText() {
        text.requestFocus();
        text.end();
    }

    private void build() {
        card.getStyleClass().add("comment-card");
        card.setId("comment-" + vm.id());

        text.setId("commentText");
        text.getStyleClass().add("comment-text");
        text.setWrapText(true);
        text.setPrefRowCount(3);
        text.setPromptText("What did you find? Location, condition, what the client should do.");
        text.textProperty().bindBidirectional(vm.textProperty());
        text.editableProperty().bind(Bindings.not(readOnly));
        text.addEventFilter(KeyEvent.KEY_PRESSED, this::tabLeavesText);
        // Leaving the text is a natural moment to store it without waiting for the pause.
        text.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                vm.saveNow();
            }
        });

        HBox ratings = ratingButtons();
        Label saveState = new Label();
        saveState.setId("saveState");
        saveState.getStyleClass().add("save-state");
        saveState.textProperty().bind(Bindings.createStringBinding(() -> {
            String author = vm.lastEditProperty().get();
            String state = vm.saveStateProperty().get().words();
            return author.isEmpty() ? state : state + " · last written by " + author;
        }, vm.saveStateProperty(), vm.lastEditProperty()));
        vm.saveStateProperty().addListener((obs, was, now) ->
                saveState.pseudoClassStateChanged(FAILED, now == SaveState.FAILED));

        Button addPhoto = new Button("Add photo", new FontIcon(Material2AL.ADD_A_PHOTO));
        addPhoto.setId("addPhotoButton");
        addPhoto.getStyleClass().add("button-outlined");
        addPhoto.disableProperty().bind(Bindings.createBooleanBinding(readOnly::get, readOnly));
        addPhoto.setTooltip(new Tooltip("Add photos from a folder; you can also drop photo files on the comment"));
        addPhoto.setOnAction(e -> vm.addPhotos(picker.choose(card.getScene().getWindow())));

        Button delete = new Button(null, new FontIcon(Material2AL.DELETE_OUTLINE));
        delete.setId("deleteCommentButton");
        delete.getStyleClass().addAll("flat", "danger");
        delete.setTooltip(new Tooltip("Delete this comment"));
        delete.disableProperty().bind(Bindings.createBooleanBinding(readOnly::get, readOnly));
        delete.setOnAction(e -> deleteComment());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, ratings, spacer, delete);
        top.setAlignment(Pos.CENTER_LEFT);

        photoStrip.getStyleClass().add("photo-strip");
        photoStrip.setId("photoStrip");
        vm.photos().addListener((ListChangeListener<PhotoRow>) c -> showPhotos());
        showPhotos();

        Label dropHint = new Label("Drop photos here");
        dropHint.getStyleClass().add("drop-hint");
        dropHint.setMinWidth(Region.USE_PREF_SIZE);
        addPhoto.setMinWidth(Region.USE_PREF_SIZE);
        saveState.setMinWidth(0);
        Region spacer2 = new Region();
        HBox.setHgrow(spacer2, Priority.ALWAYS);
        HBox bottom = new HBox(10, saveState, spacer2, dropHint, addPhoto);
        bottom.setAlignment(Pos.CENTER_LEFT);

        card.getChildren().addAll(text, top, photoStrip, bottom);
        acceptDroppedPhotos();
        showRatingColour(vm.ratingProperty().get());
        vm.ratingProperty().addListener((obs, was, now) -> showRatingColour(now));
    }

    private HBox ratingButtons() {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox(4);
        box.setAlignment(Pos.CENTER_LEFT);
        Label label = new Label("Rating");
        label.getStyleClass().add("muted");
        box.getChildren().add(label);
        for (Rating r : Rating.values()) {
            FontIcon mark = new FontIcon(RatingStyle.mark(r));
            mark.getStyleClass().add("rating-mark");
            ToggleButton b = new ToggleButton(r.label(), mark);
            b.setId("rating" + r.label());
            b.setUserData(r);
            b.setToggleGroup(group);
            b.getStyleClass().addAll("rating-button", RatingStyle.of(r));
            b.disableProperty().bind(Bindings.createBooleanBinding(readOnly::get, readOnly));
            b.setTooltip(new Tooltip("Rate " + r.label() + "; click again to clear the rating"));
            box.getChildren().add(b);
        }
        selectRating(group, vm.ratingProperty().get());
        // Clicking the selected rating again clears it: the group then has no selection.
        group.selectedToggleProperty().addListener((obs, was, now) ->
                vm.ratingProperty().set(now == null ? null : (Rating) now.getUserData()));
        vm.ratingProperty().addListener((obs, was, now) -> selectRating(group, now));
        return box;
    }

    private static void selectRating(ToggleGroup group, Rating r) {
        group.getToggles().stream().filter(t -> t.getUserData() == r).findFirst()
                .ifPresentOrElse(t -> t.setSelected(true), () -> group.selectToggle(null));
    }

    private void showRatingColour(Rating r) {
        card.getStyleClass().removeAll(RatingStyle.allCards());
        if (r != null) {
            card.getStyleClass().add(RatingStyle.card(r));
        }
    }

    private void showPhotos() {
        photoStrip.getChildren().clear();
        int n = 0;
        for (PhotoRow photo : vm.photos()) {
            photoStrip.getChildren().add(thumbnail(photo, n++));
        }
        photoStrip.setVisible(!vm.photos().isEmpty());
        photoStrip.setManaged(photoStrip.isVisible());
    }

    private Node thumbnail(PhotoRow photo, int index) {
        ImageView image = new ImageView();
        image.setFitWidth(ThumbnailCache.WIDTH);
        image.setFitHeight(ThumbnailCache.HEIGHT);
        image.setPreserveRatio(true);
        StackPane frame = new StackPane(image);
        frame.setPrefSize(ThumbnailCache.WIDTH, ThumbnailCache.HEIGHT);
        if (photo.onLaptop()) {
            FontIcon placeholder = new FontIcon(Material2MZ.PHOTO);
            placeholder.setIconSize(32);
            frame.getChildren().add(0, placeholder);
            // Hidden rather than removed: the frame keeps its size, so a decoded thumbnail repaints
            // its own square and lays nothing else out again.
            thumbnails.load(photo, img -> {
                image.setImage(img);
                placeholder.setVisible(false);
            });
        } else {
            FontIcon cloud = new FontIcon(Material2AL.CLOUD_DOWNLOAD);
            cloud.setIconSize(32);
            frame.getChildren().add(cloud);
            Tooltip.install(frame, new Tooltip("On the web; the next Sync downloads it"));
        }
        Label caption = new Label(photo.caption().isEmpty() ? "No caption" : photo.caption());
        caption.getStyleClass().add("thumbnail-caption");
        caption.setMaxWidth(ThumbnailCache.WIDTH);
        // The caption is cut to the thumbnail's width: the whole of it shows on hover.
        caption.setTooltip(new Tooltip(caption.getText()));
        VBox box = new VBox(frame, caption);
        box.setId("thumbnail-" + index);
        box.getStyleClass().add("thumbnail");
        box.setFocusTraversable(true);
        box.setOnMouseClicked(e -> PhotoViewer.show(card.getScene().getWindow(), vm, photo));
        box.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                PhotoViewer.show(card.getScene().getWindow(), vm, photo);
            }
        });
        return box;
    }

    private void acceptDroppedPhotos() {
        card.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && PhotoDrop.accepts(readOnly.get(), e.getDragboard().getFiles())) {
                e.acceptTransferModes(TransferMode.COPY);
                if (!card.getStyleClass().contains("drop-target")) {
                    card.getStyleClass().add("drop-target");
                }
            }
            e.consume();
        });
        card.setOnDragExited(e -> card.getStyleClass().remove("drop-target"));
        card.setOnDragDropped(e -> {
            List<Path> photos = e.getDragboard().hasFiles() ? PhotoDrop.photos(e.getDragboard().getFiles()) : List.of();
            vm.addPhotos(photos);
            e.setDropCompleted(!photos.isEmpty());
            e.consume();
        });
    }

    private void deleteComment() {
        boolean empty = vm.textProperty().get().isBlank() && vm.photos().isEmpty();
        if (empty || Confirm.ask(card.getScene().getWindow(), "confirmDeleteComment", "Delete this comment?",
                "The comment" + (vm.photos().isEmpty() ? "" : " and its " + vm.photos().size() + " photos")
                        + " leave the report on this laptop and, at the next Save or Sync, on the web.",
                "Delete comment", true)) {
            editor.deleteComment(vm);
        }
    }

    /** Tab and Shift+Tab move on, as in every other field; Ctrl+Tab is what a text area takes for that. */
    private void tabLeavesText(KeyEvent e) {
        if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
            e.consume();
            text.fireEvent(new KeyEvent(e.getSource(), e.getTarget(), e.getEventType(), e.getCharacter(),
                    e.getText(), e.getCode(), e.isShiftDown(), true, e.isAltDown(), e.isMetaDown()));
        }
    }
}
