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

    public static boolean isPhoto(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1)) && !Files.isDirectory(file);
    }

    /** The photos among dropped files, in the order they came. */
    public static List<Path> photosAmong(List<Path> files) {
        return files.stream().filter(PhotoTypes::isPhoto).toList();
    }
}
