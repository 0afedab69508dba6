package io.fieldreport.desktop.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhotoTypesTest {

    @TempDir
    Path dir;

    @Test
    void onlyPhotoFilesAreTakenFromADrop() throws Exception {
        Path jpg = Files.createFile(dir.resolve("IMG_0001.JPG"));
        Path png = Files.createFile(dir.resolve("plan.png"));
        Path pdf = Files.createFile(dir.resolve("report.pdf"));
        Path folder = Files.createDirectory(dir.resolve("photos.jpg"));
        Path noExtension = Files.createFile(dir.resolve("jpg"));

        assertEquals(List.of(jpg, png), PhotoTypes.photosAmong(List.of(jpg, pdf, png, folder, noExtension)));
    }

    @Test
    void whileDraggingOnlyTheNameCountsSoTheDiskIsNotAsked() {
        // A name in a folder that does not exist: judging it must not need the file.
        Path notThere = dir.resolve("no-such-folder").resolve("IMG_0002.jpeg");

        assertTrue(PhotoTypes.hasPhotoName(notThere));
        assertFalse(PhotoTypes.hasPhotoName(dir.resolve("notes.txt")));
        assertFalse(PhotoTypes.isPhoto(dir), "a folder is refused once dropped");
    }
}
