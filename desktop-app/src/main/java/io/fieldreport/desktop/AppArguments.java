package io.fieldreport.desktop;

import io.fieldreport.sync.ProfileLocation;
import java.nio.file.Path;
import java.util.List;

/**
 * The command line: {@code [--profile DIR] [--web URL] [--token TOKEN] [--demo [--demo-dir DIR]]},
 * or {@code --self-check [--profile DIR]}.
 *
 * @param profileDir null for the platform's usual per-user data folder (or the demo's own)
 * @param demoDir    where the demo keeps its web data and its profile
 * @param selfCheck  check that the app can run here (profile, JavaFX) and exit instead of opening the window
 */
public record AppArguments(Path profileDir, String web, String token, boolean demo, Path demoDir, boolean selfCheck) {

    public static final String USAGE = "usage: fieldreport [--profile DIR] [--web URL] [--token TOKEN]"
            + " [--demo [--demo-dir DIR]]\n       fieldreport --self-check [--profile DIR]";

    public static AppArguments parse(List<String> args) {
        Path profile = null;
        String web = null;
        String token = null;
        boolean demo = false;
        Path demoDir = null;
        boolean selfCheck = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--profile" -> profile = Path.of(value(args, ++i, a));
                case "--web" -> web = value(args, ++i, a);
                case "--token" -> token = value(args, ++i, a);
                case "--demo" -> demo = true;
                case "--demo-dir" -> demoDir = Path.of(value(args, ++i, a));
                case "--self-check" -> selfCheck = true;
                default -> throw new IllegalArgumentException("unknown option '" + a + "'\n" + USAGE);
            }
        }
        if (demoDir != null && !demo) {
            throw new IllegalArgumentException("--demo-dir only goes with --demo\n" + USAGE);
        }
        if (selfCheck && (demo || web != null || token != null)) {
            throw new IllegalArgumentException("--self-check only goes with --profile\n" + USAGE);
        }
        return new AppArguments(profile, web, token, demo, demo && demoDir == null ? Path.of("target", "demo") : demoDir,
                selfCheck);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return args.get(i);
    }

    /** The profile folder this run uses. */
    public Path profileOrDefault() {
        if (profileDir != null) {
            return profileDir;
        }
        return demo ? demoDir.resolve("profile") : ProfileLocation.defaultDir();
    }
}
