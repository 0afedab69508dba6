package io.fieldreport.desktop.selfcheck;

import java.lang.module.ModuleFinder;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;

/**
 * Starts the JavaFX toolkit for real ({@link Platform#startup}: native libraries, the window system,
 * the renderer) and renders a line of text off screen, so fonts are checked too. No window opens.
 *
 * <p>Without a display (Linux with neither DISPLAY nor WAYLAND_DISPLAY, as on a build server) the
 * toolkit cannot start: JavaFX loads its classes and its rendering and glass native libraries, then
 * stops at opening the display. That much is reported as passed, saying what was not checked;
 * under a display (or {@code xvfb-run}) the full check runs.
 */
final class JavaFxCheck implements Check {

    private final Duration timeout;
    private final boolean displayExpected;

    JavaFxCheck(Duration timeout, boolean displayExpected) {
        this.timeout = timeout;
        this.displayExpected = displayExpected;
    }

    static JavaFxCheck onThisMachine(Duration timeout) {
        return new JavaFxCheck(timeout, hasDisplay(System.getProperty("os.name", ""), System.getenv()));
    }

    /** Windows and macOS always have one; elsewhere GTK needs an X or Wayland display to talk to. */
    static boolean hasDisplay(String osName, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        return !isBlank(env.get("DISPLAY")) || !isBlank(env.get("WAYLAND_DISPLAY"));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public String what() {
        return "javafx";
    }

    @Override
    public CheckResult run() {
        CompletableFuture<String> rendered = new CompletableFuture<>();
        Runnable onFxThread = () -> {
            try {
                rendered.complete(renderText());
            } catch (RuntimeException e) {
                rendered.completeExceptionally(e);
            }
        };
        try {
            Platform.startup(onFxThread);
        } catch (IllegalStateException alreadyRunning) {
            // Only in a process that started JavaFX before (the tests): use the running toolkit.
            Platform.runLater(onFxThread);
        } catch (UnsupportedOperationException e) {
            // GTK's "Unable to open DISPLAY": expected without a display, a failure with one.
            if (!displayExpected) {
                return CheckResult.passed("javafx", source() + "; its classes and native rendering libraries"
                        + " load; not started, as there is no display (DISPLAY is not set): run under a display"
                        + " or xvfb-run to check the window system too");
            }
            return CheckResult.failed("javafx", source() + "; the toolkit did not start: " + e.getMessage());
        } catch (RuntimeException | LinkageError e) {
            // A missing native library (libgtk-3) or a broken runtime image ends here: say what it was.
            return CheckResult.failed("javafx", source() + "; the toolkit did not start: " + e);
        }
        try {
            String detail = rendered.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return CheckResult.passed("javafx", source() + "; toolkit started; " + detail);
        } catch (TimeoutException e) {
            return CheckResult.failed("javafx", source() + "; the toolkit did not answer within "
                    + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            return CheckResult.failed("javafx", source() + "; rendering failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CheckResult.failed("javafx", "interrupted while waiting for JavaFX");
        }
    }

    /** On the FX thread: the primary screen, and a label rendered to an image. */
    private static String renderText() {
        Rectangle2D screen = Screen.getPrimary().getBounds();
        WritableImage image = new Scene(new StackPane(new Label("FieldReport self-check"))).snapshot(null);
        if (image.getWidth() < 1 || image.getHeight() < 1) {
            throw new IllegalStateException("an empty image for a line of text");
        }
        return String.format(Locale.ROOT, "screen %.0fx%.0f; text rendered (%.0fx%.0f px)", screen.getWidth(),
                screen.getHeight(), image.getWidth(), image.getHeight());
    }

    /**
     * Which JavaFX, and from where: an installed app has it as modules of its own runtime image;
     * the development jar has it on the class path.
     */
    private static String source() {
        Module module = Platform.class.getModule();
        if (!module.isNamed()) {
            return "JavaFX " + System.getProperty("javafx.runtime.version", "?") + " (on the class path)";
        }
        String version = module.getDescriptor().rawVersion().orElse("(no version)");
        boolean inImage = ModuleFinder.ofSystem().find(module.getName()).isPresent();
        return "JavaFX " + version + " (module " + module.getName()
                + (inImage ? " in the runtime image)" : " on the module path)");
    }
}
