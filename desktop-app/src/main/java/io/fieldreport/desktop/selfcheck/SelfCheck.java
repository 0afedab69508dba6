package io.fieldreport.desktop.selfcheck;

import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * {@code fieldreport --self-check}: what an installer's smoke test, or support on the phone, runs to
 * see that an installed FieldReport can work on this machine. It opens the profile (creating it if
 * needed) and starts JavaFX, prints one line per check and exits 0 when all passed, 1 otherwise.
 * It never opens a window and never changes the inspector's work.
 */
public final class SelfCheck {

    private static final System.Logger LOG = System.getLogger(SelfCheck.class.getName());
    public static final int PASSED = 0;
    public static final int FAILED = 1;

    private final String header;
    private final List<Check> checks;

    public SelfCheck(String header, List<Check> checks) {
        this.header = header;
        this.checks = List.copyOf(checks);
    }

    /** The checks an installed app runs, for the profile folder it would use. */
    public static SelfCheck forProfile(Path profileDir) {
        return new SelfCheck(header(), List.of(new ProfileCheck(profileDir),
                JavaFxCheck.onThisMachine(Duration.ofSeconds(30))));
    }

    /** Runs every check, even after one failed, so one run tells everything; returns the exit code. */
    public int run(PrintStream out) {
        out.println(header);
        boolean allPassed = true;
        for (Check check : checks) {
            CheckResult r = runOne(check);
            allPassed &= r.passed();
            out.printf("%-7s %-8s %s%n", r.passed() ? "ok" : "FAILED", r.what(), r.detail());
        }
        out.println(allPassed ? "self-check passed" : "self-check FAILED: see the lines marked FAILED above");
        out.flush();
        return allPassed ? PASSED : FAILED;
    }

    /**
     * A check that throws instead of returning a result (a bug, or a runtime missing a class) is
     * reported as failed like any other, and the checks after it still run: one run tells everything.
     */
    private static CheckResult runOne(Check check) {
        try {
            return check.run();
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "the " + check.what() + " check failed unexpectedly", e);
            return CheckResult.failed(check.what(), "the check itself failed: " + e);
        }
    }

    /** Which FieldReport, on which Java (the bundled runtime's folder tells an installed app from a dev run). */
    static String header() {
        String version = SelfCheck.class.getPackage().getImplementationVersion();
        return "FieldReport " + (version != null ? version : "(development build)") + " self-check"
                + System.lineSeparator() + "        java     " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vendor") + ") at " + System.getProperty("java.home") + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch");
    }
}
