package io.fieldreport.desktop.editor;

import io.fieldreport.desktop.background.Delay;
import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.sync.protocol.Rating;
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

    /** What the store holds and how it is written; shared with the worker threads that write. */
    private final CommentWrites writes;
    private boolean applyingStored;
    /** A write of this comment was handed to a worker and its answer has not come back yet. */
    private boolean writing;
    private boolean writeAgain;
    /** Numbers the versions handed to writes, so an older one never lands over a newer one. */
    private long edits;
    private Delay.Pending pause;

    CommentViewModel(CommentData data, EditContext ctx) {
        this.id = data.comment().id();
        this.created = data.comment();
        this.ctx = ctx;
        this.writes = new CommentWrites(ctx.client(), id, fieldsOf(data.comment()));
        text.set(writes.stored().text());
        rating.set(writes.stored().rating());
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

    /** Writes what changed now, without waiting for the pause (a rating click, leaving the text). */
    public void saveNow() {
        if (pause != null) {
            pause.cancel();
            pause = null;
        }
        if (writing) {
            writeAgain = true;
            return;
        }
        CommentWrites.Fields now = onScreen();
        if (now.equals(writes.stored())) {
            if (saveState.get() != SaveState.FAILED) {
                saveState.set(SaveState.SAVED);
            }
            return;
        }
        writing = true;
        saveState.set(SaveState.SAVING);
        long version = ++edits;
        ctx.runner().run("saving a comment", () -> writes.write(version, now), saved -> {
            writing = false;
            saved.ifPresent(c -> lastEdit.set(byline(c)));
            ctx.afterWrite().run();
            if (writeAgain || !onScreen().equals(writes.stored())) {
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

    /** Whether something on screen may not be in the store yet: typed, being written, or a write that failed. */
    boolean unsaved() {
        return saveState.get() != SaveState.SAVED || writing || !onScreen().equals(writes.stored());
    }

    /**
     * For quitting, on the FX thread: stops the autosave pause and returns the write that brings the
     * store to what is on screen now. Run it on a worker; it waits for a write of this comment under
     * way, and writes only what that one did not (nothing, when it already stored the same).
     */
    Runnable lastWrite() {
        if (pause != null) {
            pause.cancel();
            pause = null;
        }
        long version = ++edits;
        CommentWrites.Fields now = onScreen();
        return () -> writes.write(version, now);
    }

    private CommentWrites.Fields onScreen() {
        return new CommentWrites.Fields(text.get(), rating.get());
    }

    private static CommentWrites.Fields fieldsOf(CommentRecord c) {
        return new CommentWrites.Fields(c.text().value(), c.rating().value());
    }

    /**
     * Takes the store's version after a load or a Sync: each field only if the inspector has not
     * changed it since it was last stored, so typing is never overwritten under the cursor.
     */
    void applyStored(CommentData data) {
        CommentRecord c = data.comment();
        applyingStored = true;
        try {
            CommentWrites.Fields known = writes.stored();
            String newText = c.text().value();
            Rating newRating = c.rating().value();
            boolean takeText = !writing && pause == null && Objects.equals(text.get(), known.text());
            boolean takeRating = !writing && Objects.equals(rating.get(), known.rating());
            if (takeText) {
                text.set(newText);
            }
            if (takeRating) {
                rating.set(newRating);
            }
            if (takeText || takeRating) {
                writes.adopt(new CommentWrites.Fields(takeText ? newText : known.text(),
                        takeRating ? newRating : known.rating()));
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

    /** Attaches photos (from the file chooser or a drop); other files and folders are ignored. */
    public void addPhotos(List<Path> files) {
        if (files.stream().noneMatch(PhotoTypes::hasPhotoName)) {
            return;
        }
        ctx.runner().run("adding photos", () -> {
            for (Path f : PhotoTypes.photosAmong(files)) {
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
