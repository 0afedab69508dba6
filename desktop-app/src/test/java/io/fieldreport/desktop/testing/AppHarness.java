package io.fieldreport.desktop.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.desktop.App;
import io.fieldreport.desktop.AppOptions;
import io.fieldreport.desktop.window.WindowState;
import io.fieldreport.desktop.window.WindowStateStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Runs the real app (the production composition root, task runner and views) headless against a
 * mock web started for the test class. Tests find nodes by id and wait for what a user would see,
 * with a timeout, never for a fixed time.
 */
public abstract class AppHarness extends WebTest {

    protected static final long TIMEOUT_SECONDS = 20;

    protected final FxRobot robot = new FxRobot();
    protected Stage stage;
    private App app;

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    /** The options every test starts from: fast retries, no auto-sync (tests sync when they say so). */
    protected static AppOptions options(Path profile) {
        return AppOptions.forProfile(profile).withClientOptions(TestWeb.FAST).withAutoSyncTick(null);
    }

    /** Prepares a profile signed in as Ana with the inspection downloaded, reopened by the app at start. */
    protected static void prepareProfile(Path profile, UUID inspection) throws IOException {
        web.client(profile, web.ana(), inspection).close();
        new WindowStateStore(profile).save(new WindowState(0, 0, 1280, 800, false, Optional.of(inspection)));
    }

    protected void launch(AppOptions options) throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
        app = (App) FxToolkit.setupApplication(() -> new App(options));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Quits the app as closing its window would: its stop() runs; returns once the profile is closed. */
    protected void quit() throws TimeoutException {
        if (app != null) {
            App quitting = app;
            app = null;
            FxToolkit.cleanupApplication(quitting);
            try {
                quitting.closed().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException | ExecutionException e) {
                throw new AssertionError("quitting failed", e);
            }
        }
    }

    @AfterEach
    void stopApp() throws TimeoutException {
        quit();
        FxToolkit.cleanupStages();
    }

    // ---- finding and waiting -------------------------------------------------------------------

    protected <T extends Node> T node(String query) {
        return robot.lookup(query).query();
    }

    protected Set<Node> nodes(String query) {
        return robot.lookup(query).queryAll();
    }

    /** Shown to the user: the node and all its parents visible, in a window that shows. */
    protected boolean visible(String query) {
        return robot.lookup(query).tryQuery().map(FxWaits::shown).orElse(false);
    }

    protected String text(String query) {
        Node n = node(query);
        return n instanceof Labeled l ? l.getText() : ((TextInputControl) n).getText();
    }

    /** Waits until {@code condition}, evaluated on the FX thread, holds. */
    protected void waitUntil(String what, Callable<Boolean> condition) {
        FxWaits.until(what, TIMEOUT_SECONDS, condition);
    }

    /** Waits until a condition checked off the FX thread (the web's state) holds. */
    protected void waitUntilWeb(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("waited " + TIMEOUT_SECONDS + " s for " + what, e);
        }
    }

    /** Reads something on the FX thread, where the scene graph may be read safely. */
    protected static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not read on the FX thread", e);
        }
    }

    protected void waitForText(String query, Predicate<String> expected, String what) {
        waitUntil(what, () -> robot.lookup(query).tryQuery().isPresent() && expected.test(text(query)));
    }

    protected void click(String query) {
        waitUntil(query + " to be visible and enabled", () -> visible(query) && !node(query).isDisabled());
        robot.clickOn(query);
    }

    protected static void check(boolean condition, String what) {
        assertTrue(condition, what);
    }
}
