package io.fieldreport.desktop.editor;

import java.nio.file.Path;
import java.util.List;
import javafx.stage.Window;

/** Asks which photo files to attach. Production shows the system's file chooser; tests answer directly. */
@FunctionalInterface
public interface PhotoPicker {

    /** The chosen files; empty when the inspector cancelled. */
    List<Path> choose(Window owner);
}
