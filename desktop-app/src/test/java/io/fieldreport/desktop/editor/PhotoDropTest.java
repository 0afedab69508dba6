package io.fieldreport.desktop.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.desktop.testing.LaptopTest;
import io.fieldreport.desktop.testing.TestPhotos;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Dropping files on a comment, without the drag itself: TestFX (and Monocle, headless) cannot drag
 * files in from outside the app, so this drives the card's drop logic with the files a drag carries,
 * then checks what the comment holds in the laptop's store.
 */
class PhotoDropTest extends LaptopTest {

    @Test
    void aDragWithAPhotoIsTakenAndOnlyThePhotoIsAttached() throws Exception {
        EditorViewModel editor = new EditorViewModel(laptop.client, laptop.runner, laptop.delay,
                Duration.ofMillis(600), laptop.session, laptop.notices, () -> { });
        laptop.open();
        editor.select("roof.drainage");
        editor.addComment();
        CommentViewModel comment = editor.addedProperty().get();
        File photo = TestPhotos.jpeg(dir, "downspout.JPG", 9, 800, 600).toFile();
        File notes = Files.writeString(dir.resolve("notes.txt"), "not a photo").toFile();
        File folder = Files.createDirectory(dir.resolve("more photos.jpg")).toFile();
        List<File> dragged = List.of(notes, photo, folder);

        assertTrue(PhotoDrop.accepts(false, dragged), "the drag is taken while a photo is among the files");
        comment.addPhotos(PhotoDrop.photos(dragged));

        List<Path> stored = laptop.client.photos(laptop.inspection, comment.id(), false).stream()
                .map(p -> laptop.client.photoFile(p).orElseThrow()).toList();
        assertEquals(1, stored.size(), "the text file and the folder were left out");
        assertEquals(Files.size(photo.toPath()), Files.size(stored.get(0)));
        assertEquals(1, comment.photos().size(), "the thumbnail's row is on the card");
    }

    @Test
    void aDragWithoutPhotosOrOnAPublishedReportIsRefused() {
        File notes = dir.resolve("notes.txt").toFile();
        File photo = dir.resolve("IMG_0001.jpeg").toFile();

        assertFalse(PhotoDrop.accepts(false, List.of(notes)));
        assertFalse(PhotoDrop.accepts(true, List.of(photo)), "a published report takes no photos");
        assertEquals(List.of(photo.toPath()), PhotoDrop.photos(List.of(notes, photo)));
    }
}
