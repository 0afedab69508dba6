package io.fieldreport.desktop.editor;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/**
 * What a comment card does with files dragged over it and dropped on it, apart from the card so it
 * can be tested without a drag (TestFX cannot drag files from outside the app). Both run on the FX
 * thread, on every drag-over event: they look at names only, never at the disk.
 */
final class PhotoDrop {

    private PhotoDrop() {
    }

    /** Whether the card takes the drag: it is editable, and a photo is among the files. */
    static boolean accepts(boolean readOnly, List<File> files) {
        return !readOnly && !photos(files).isEmpty();
    }

    /** The dropped files to attach, in the order they came; folders are left out later, in the background. */
    static List<Path> photos(List<File> files) {
        return files.stream().map(File::toPath).filter(PhotoTypes::hasPhotoName).toList();
    }
}
