package io.fieldreport.desktop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.desktop.testing.FxWaits;
import io.fieldreport.sync.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** A profile the app cannot open is explained to the inspector instead of the app vanishing. */
class ProfileProblemTest {

    @TempDir
    Path dir;

    @Test
    void aProfileFromANewerFieldReportLetsTheAppStartAndSaysToUpdate() throws Exception {
        Path profile = Files.createDirectories(dir.resolve("fieldreport"));
        Path db = profile.resolve("fieldreport.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); var s = c.createStatement()) {
            s.execute("CREATE TABLE from_the_future (x)");
            s.execute("PRAGMA user_version = 99");
        }
        byte[] before = Files.readAllBytes(db);
        App app = new App(AppOptions.forProfile(profile));

        app.init(); // threw NewerSchemaException, which JavaFX turns into a silent exit

        ProfileProblem problem = app.profileProblem().orElseThrow();
        assertEquals("This profile needs a newer FieldReport", problem.title());
        assertTrue(problem.text().contains("Profile folder: " + profile.toAbsolutePath()), problem.text());
        assertTrue(problem.text().contains("schema 99"), problem.text());
        assertTrue(problem.text().contains("Update FieldReport"), problem.text());
        app.stop();
        assertArrayEquals(before, Files.readAllBytes(db), "the newer profile is left as it was");
    }

    @Test
    void anyOtherStoreFailureNamesTheFolderAndWhatToCheck() {
        var problem = new ProfileProblem(dir, new StoreException("Cannot open the profile database x: disk I/O error"));

        assertEquals("FieldReport cannot open your profile", problem.title());
        assertTrue(problem.text().startsWith("Cannot open the profile database x: disk I/O error"), problem.text());
        assertTrue(problem.text().contains("Profile folder: " + dir.toAbsolutePath()), problem.text());
        assertTrue(problem.text().contains("free space"), problem.text());
    }

    @Test
    void aProfileThatOpensHasNoProblem() {
        App app = new App(AppOptions.forProfile(dir.resolve("fieldreport")));

        app.init();

        assertTrue(app.profileProblem().isEmpty());
        app.stop();
    }

    @Test
    void theDialogShowsTheExplanationAndCloses() throws Exception {
        FxToolkit.registerPrimaryStage();
        var problem = new ProfileProblem(dir, new StoreException("Cannot open the profile database x: disk I/O error"));
        FxRobot robot = new FxRobot();

        Platform.runLater(problem::showAndWait);

        FxWaits.until("the dialog", 20, () -> robot.lookup("#profileProblem").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#profileProblem").query();
        assertEquals(problem.title(), pane.getHeaderText());
        assertEquals(problem.text(), ((Label) pane.getContent()).getText());
        robot.clickOn("Close");
        FxWaits.until("the dialog to close", 20, () -> robot.lookup("#profileProblem").tryQuery().isEmpty());
    }
}
