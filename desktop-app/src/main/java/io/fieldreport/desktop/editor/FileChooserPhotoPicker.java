package io.fieldreport.desktop.editor;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's file chooser, opening where the inspector last took photos from. */
public final class FileChooserPhotoPicker implements PhotoPicker {

    private File lastFolder;

    @Override
    public List<Path> choose(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Add photos");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Photos",
                PhotoTypes.EXTENSIONS.stream().flatMap(e -> Stream.of("*." + e, "*." + e.toUpperCase(Locale.ROOT)))
                        .toList()));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        List<File> files = chooser.showOpenMultipleDialog(owner);
        if (files == null || files.isEmpty()) {
            return List.of();
        }
        lastFolder = files.get(0).getParentFile();
        return files.stream().map(File::toPath).toList();
    }
}
