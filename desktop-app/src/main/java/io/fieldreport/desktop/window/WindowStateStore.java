package io.fieldreport.desktop.window;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/**
 * Keeps {@link WindowState} in a small file the desktop app owns in the profile folder
 * ({@code desktop-window.properties}), beside sync-client's database but never inside it. A missing
 * or damaged file means the defaults: losing a window size is never worth an error.
 */
public final class WindowStateStore {

    public static final String FILE_NAME = "desktop-window.properties";

    private static final System.Logger LOG = System.getLogger(WindowStateStore.class.getName());

    private final Path file;

    public WindowStateStore(Path profileDir) {
        this.file = profileDir.resolve(FILE_NAME);
    }

    public WindowState load() {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            return WindowState.DEFAULT;
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "ignoring unreadable " + file + ": " + e.getMessage());
            return WindowState.DEFAULT;
        }
        return new WindowState(number(p, "x"), number(p, "y"), number(p, "width"), number(p, "height"),
                Boolean.parseBoolean(p.getProperty("maximized")), inspection(p.getProperty("openInspection")));
    }

    /** Writes to a temporary file and renames it, so a crash mid-write leaves the old state whole. */
    public void save(WindowState state) throws IOException {
        Properties p = new Properties();
        if (state.hasPosition()) {
            p.setProperty("x", Double.toString(state.x()));
            p.setProperty("y", Double.toString(state.y()));
        }
        p.setProperty("width", Double.toString(state.width()));
        p.setProperty("height", Double.toString(state.height()));
        p.setProperty("maximized", Boolean.toString(state.maximized()));
        state.openInspection().ifPresent(id -> p.setProperty("openInspection", id.toString()));
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(FILE_NAME + ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            p.store(out, "FieldReport desktop window; safe to delete");
        }
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static double number(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static Optional<UUID> inspection(String v) {
        if (v == null || v.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(v.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
