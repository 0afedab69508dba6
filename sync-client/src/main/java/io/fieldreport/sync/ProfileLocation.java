package io.fieldreport.sync;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where a profile lives when none is given: the platform's usual per-user data folder, outside any
 * install folder, so reinstalling or upgrading the app keeps the inspector's work.
 */
public final class ProfileLocation {

    private ProfileLocation() {
    }

    public static Path defaultDir() {
        return defaultDir(System.getProperty("os.name", ""), System.getProperty("user.home", "."), System.getenv());
    }

    static Path defaultDir(String osName, String home, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            return (local != null ? Path.of(local) : Path.of(home, "AppData", "Local")).resolve("FieldReport");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "FieldReport");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve("fieldreport");
    }
}
