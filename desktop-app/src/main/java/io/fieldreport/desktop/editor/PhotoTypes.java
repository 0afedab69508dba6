package io.fieldreport.desktop.editor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Which files the editor takes as photos: the formats JavaFX can show as thumbnails. */
public final class PhotoTypes {

    public static final List<String> EXTENSIONS = List.of("jpg", "jpeg", "png", "gif", "bmp");

    private PhotoTypes() {
    }

    /**
     * Whether the file's name ends like a photo's. Only the name: it runs on every drag-over event,
     * on the FX thread, where asking the disk would stall the drag.
     */
    public static boolean hasPhotoName(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1));
    }

    /** Whether the file is a photo to attach: its name, and not a folder. Asks the disk: call it in the background. */
    public static boolean isPhoto(Path file) {
        return hasPhotoName(file) && !Files.isDirectory(file);
    }

    /** The photos among dropped files, in the order they came. Asks the disk: call it in the background. */
    public static List<Path> photosAmong(List<Path> files) {
        return files.stream().filter(PhotoTypes::isPhoto).toList();
    }
}
