package io.fieldreport.desktop.editor;

import io.fieldreport.desktop.background.Delay;
import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.sync.protocol.Rating;
import io.fieldreport.sync.store.CommentEdit;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One comment in the editor: its text and rating as the inspector changes them, written to the
 * laptop's store after a short pause in typing (a rating at once), one write at a time and only the
 * fields that changed, so a newer edit of the other field made elsewhere is not overwritten. A
 * Sync's news replaces a field here only while the inspector has no unsaved change to it.
 */
public final class CommentViewModel {

    private final UUID id;
    private final CommentRecord created;
    private final EditContext ctx;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<Rating> rating = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(SaveState.SAVED);
    private final ReadOnlyStringWrapper lastEdit = new ReadOnlyStringWrapper("");
    private final ObservableList<PhotoRow> photos = FXCollections.observableArrayList();
    private final ObservableList<PhotoRow> photosView = FXCollections.unmodifiableObservableList(photos);

    /** The values the store holds, as far as this view model knows: what "changed" is measured against. */
    private String storedText;
    private Rating storedRating;
    private boolean applyingStored;
    private boolean writing;
    private boolean writeAgain;
    private Delay.Pending pause;

    CommentViewModel(CommentData data, EditContext ctx) {
        this.id = data.comment().id();
        this.created = data.comment();
        this.ctx = ctx;
        storedText = data.comment().text().value();
        storedRating = data.comment().rating().value();
        text.set(storedText);
        rating.set(storedRating);
        lastEdit.set(byline(data.comment()));
        photos.setAll(data.photos());
        text.addListener((obs, was, now) -> {
            if (!applyingStored) {
                typed();
            }
        });
        rating.addListener((obs, was, now) -> {
            if (!applyingStored) {
                saveNow();
            }
        });
    }

    public UUID id() {
        return id;
    }

    /** Orders comments within an item: the creation stamp never changes. */
    CommentRecord createdRecord() {
        return created;
    }

    /** The text, bound both ways to the text area. */
    public StringProperty textProperty() {
        return text;
    }

    /** The rating, null for "not rated"; bound to the rating buttons. */
    public ObjectProperty<Rating> ratingProperty() {
        return rating;
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    /** Who last changed the text, "Ana Reyes" , for the card's footer. */
    public ReadOnlyStringProperty lastEditProperty() {
        return lastEdit.getReadOnlyProperty();
    }

    public ObservableList<PhotoRow> photos() {
        return photosView;
    }

    private void typed() {
        saveState.set(SaveState.PENDING);
        if (pause != null) {
            pause.cancel();
        }
        pause = ctx.delay().after(ctx.autosavePause(), this::saveNow);
    }

    /** Writes what changed now, without waiting for the pause (a rating click, leaving, closing). */
    public void saveNow() {
        if (pause != null) {
            pause.cancel();
            pause = null;
        }
        if (writing) {
            writeAgain = true;
            return;
        }
        String t = text.get();
        Rating r = rating.get();
        boolean textChanged = !Objects.equals(t, storedText);
        boolean ratingChanged = !Objects.equals(r, storedRating);
        if (!textChanged && !ratingChanged) {
            if (saveState.get() != SaveState.FAILED) {
                saveState.set(SaveState.SAVED);
            }
            return;
        }
        writing = true;
        saveState.set(SaveState.SAVING);
        CommentEdit edit = new CommentEdit(textChanged ? t : null, ratingChanged, r);
        ctx.runner().run("saving a comment", () -> ctx.client().editComment(id, edit), saved -> {
            writing = false;
            if (textChanged) {
                storedText = t;
            }
            if (ratingChanged) {
                storedRating = r;
            }
            lastEdit.set(byline(saved));
            ctx.afterWrite().run();
            if (writeAgain || !Objects.equals(text.get(), storedText) || !Objects.equals(rating.get(), storedRating)) {
                writeAgain = false;
                if (pause == null) {
                    saveNow();
                } else {
                    saveState.set(SaveState.PENDING);
                }
            } else {
                saveState.set(SaveState.SAVED);
            }
        }, e -> {
            writing = false;
            writeAgain = false;
            saveState.set(SaveState.FAILED);
            ctx.notices().failed("saving a comment", e);
        });
    }

    /**
     * Takes the store's version after a load or a Sync: each field only if the inspector has not
     * changed it since it was last stored, so typing is never overwritten under the cursor.
     */
    void applyStored(CommentData data) {
        CommentRecord c = data.comment();
        applyingStored = true;
        try {
            String newText = c.text().value();
            Rating newRating = c.rating().value();
            if (!writing && Objects.equals(text.get(), storedText) && pause == null) {
                text.set(newText);
                storedText = newText;
            }
            if (!writing && Objects.equals(rating.get(), storedRating)) {
                rating.set(newRating);
                storedRating = newRating;
            }
        } finally {
            applyingStored = false;
        }
        lastEdit.set(byline(c));
        // Unchanged photos stay the same list: replacing it would rebuild every thumbnail on screen.
        if (!photos.equals(data.photos())) {
            photos.setAll(data.photos());
        }
    }

    private static String byline(CommentRecord c) {
        String author = c.text().author();
        return author == null || author.isBlank() ? "" : author;
    }

    // ---- photos ----------------------------------------------------------------------------------

    /** Attaches photos (from the file chooser or a drop); other files are ignored. */
    public void addPhotos(List<Path> files) {
        List<Path> accepted = PhotoTypes.photosAmong(files);
        if (accepted.isEmpty()) {
            return;
        }
        ctx.runner().run("adding photos", () -> {
            for (Path f : accepted) {
                ctx.client().addPhoto(id, f, "");
            }
            return ctx.readPhotos(id);
        }, this::photosChanged, e -> {
            ctx.notices().failed("adding a photo", e);
            reloadPhotos();
        });
    }

    public void editCaption(PhotoRow photo, String caption) {
        String c = caption == null ? "" : caption.strip();
        if (c.equals(photo.caption())) {
            return;
        }
        ctx.runner().run("saving a caption", () -> {
            ctx.client().editCaption(photo.id(), c);
            return ctx.readPhotos(id);
        }, this::photosChanged, e -> ctx.notices().failed("saving a caption", e));
    }

    public void deletePhoto(PhotoRow photo) {
        photos.remove(photo);
        ctx.runner().run("deleting a photo", () -> {
            ctx.client().deletePhoto(photo.id());
            return ctx.readPhotos(id);
        }, this::photosChanged, e -> {
            ctx.notices().failed("deleting a photo", e);
            reloadPhotos();
        });
    }

    private void reloadPhotos() {
        ctx.runner().run("reading photos", () -> ctx.readPhotos(id), photos::setAll,
                e -> ctx.notices().failed("reading photos", e));
    }

    private void photosChanged(List<PhotoRow> now) {
        if (!photos.equals(now)) {
            photos.setAll(now);
        }
        ctx.afterWrite().run();
    }
}
