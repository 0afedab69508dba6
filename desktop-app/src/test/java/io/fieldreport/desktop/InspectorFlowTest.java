package io.fieldreport.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.desktop.editor.OutlineEntry;
import io.fieldreport.desktop.notify.Toasts;
import io.fieldreport.desktop.testing.AppHarness;
import io.fieldreport.desktop.testing.FxWaits;
import io.fieldreport.desktop.testing.TestPhotos;
import io.fieldreport.desktop.testing.TestWeb;
import io.fieldreport.sync.CancelToken;
import io.fieldreport.sync.ClientSettings;
import io.fieldreport.sync.PhotoQuality;
import io.fieldreport.sync.SyncClient;
import io.fieldreport.sync.SyncListener;
import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.sync.protocol.Rating;
import io.fieldreport.web.admin.CommentState;
import io.fieldreport.web.admin.InspectionSnapshot;
import io.fieldreport.web.admin.PhotoState;
import io.fieldreport.web.editor.WebEdit;
import io.fieldreport.web.faults.PoorSignal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The inspector's day, through the real window: what the issue's §3 asks the tests to show. */
class InspectorFlowTest extends AppHarness {

    private Path photo;

    private Path profile() {
        return dir.resolve("profile");
    }

    /** Scrolls the outline to the item, as the inspector would, and clicks it. */
    private void selectItem(String itemId) {
        waitUntil("the outline to list " + itemId, () -> {
            TreeView<OutlineEntry> tree = node("#outline");
            for (TreeItem<OutlineEntry> section : tree.getRoot().getChildren()) {
                for (TreeItem<OutlineEntry> item : section.getChildren()) {
                    if (itemId.equals(item.getValue().itemId())) {
                        tree.scrollTo(Math.max(0, tree.getRow(item) - 3));
                        return true;
                    }
                }
            }
            return false;
        });
        waitUntil("the outline to show " + itemId, () -> !robot.lookup(".tree-cell").match(cellOf(itemId))
                .queryAll().isEmpty());
        robot.clickOn(robot.lookup(".tree-cell").match(cellOf(itemId)).<Node>query());
        waitForText("#itemHeading", h -> !h.isEmpty(), "the item's heading");
    }

    private static java.util.function.Predicate<Node> cellOf(String itemId) {
        return n -> n instanceof TreeCell<?> c && c.getItem() instanceof OutlineEntry e && itemId.equals(e.itemId());
    }

    private CommentRecord savedComment(UUID inspection, String text) throws Exception {
        try (var ana = web.client(dir.resolve("prep"), web.ana(), inspection)) {
            CommentRecord c = ana.addComment(inspection, "roof.coverings", text, Rating.MAINTENANCE);
            ana.save(SyncListener.NONE, new CancelToken());
            return c;
        }
    }

    /** A comment Ana saved to the web from her other laptop, shown in the app opened on it. */
    private CommentRecord openOnSavedComment(UUID inspection, String text) throws Exception {
        CommentRecord c = savedComment(inspection, text);
        prepareProfile(profile(), inspection);
        launch(options(profile()));
        selectItem("roof.coverings");
        waitForText("#commentText", text::equals, "the comment");
        return c;
    }

    /** How long a Sync on the test's profile waits for another inspector's lock before giving up. */
    private void waitForLockAtMost(int seconds) {
        try (var ana = web.client(profile(), web.ana(), null)) {
            ClientSettings s = ana.settings();
            ana.saveSettings(new ClientSettings(s.autoSyncMinutes(), s.workOffline(), PhotoQuality.ORIGINAL, seconds));
        }
    }

    /**
     * "A newer edit replaced mine": the office's edit must be stamped later than mine. The laptop
     * stamps by the web's clock as it estimated it, which may run a little ahead of the web's own
     * (this machine's clock, in tests): wait until that clock has passed my edit's stamp.
     */
    private void waitUntilTheWebClockPasses(UUID commentId) {
        long stamped;
        try (SyncClient laptop = SyncClient.open(profile(), TestWeb.FAST)) {
            stamped = laptop.comment(commentId).orElseThrow().text().stamp().millis();
        }
        waitUntilWeb("the web's clock to pass my edit's stamp", () -> System.currentTimeMillis() > stamped);
    }

    private static Bounds screenBounds(Node n) {
        return onFx(() -> n.localToScreen(n.getBoundsInLocal()));
    }

    private String commentText() {
        return ((TextArea) node("#commentText")).getText();
    }

    @Test
    void oneClickOnTheDemosSignInOpensTheDemoInspection() throws Exception {
        UUID demo = web.demo.inspectionId();
        launch(options(profile()).withPrefill(web.url(), web.ana().token(), "Demo").withOpenAfterSignIn(demo));
        waitUntil("the sign-in screen", () -> visible("#signInPage"));
        assertEquals(web.url(), text("#webAddressField"));

        click("#signInButton");

        waitUntil("the editor", () -> visible("#editorPage"));
        waitForText("#inspectionHeading", h -> h.startsWith("1427 Alder Creek Road"), "the demo's address");
        selectItem("roof.coverings");
        waitForText("#commentText", t -> t.startsWith("Asphalt shingles show granule loss"), "Ana's seeded comment");
        waitUntil("the photo's thumbnail, decoded in the background",
                () -> node("#thumbnail-0").lookup(".image-view") instanceof ImageView v && v.getImage() != null);
        assertEquals("Ana Reyes", text("#accountLabel"));
    }

    @Test
    void typeACommentRateItAddAPhotoAndSaveAndTheWebHasThem() throws Exception {
        UUID inspection = web.newInspection();
        prepareProfile(profile(), inspection);
        photo = TestPhotos.jpeg(dir, "gutter.jpg", 7, 800, 600);
        launch(options(profile()).withPhotoPicker(owner -> List.of(photo)));
        selectItem("roof.drainage");

        click("#addCommentButton");
        waitUntil("the new comment to take the typing", () -> node("#commentText").isFocused());
        robot.write("Gutter pulling away at the north-east corner");
        robot.type(KeyCode.TAB);
        waitUntil("Tab to leave the text for the rating buttons", () -> {
            Node focused = stage.getScene().getFocusOwner();
            return focused != null && focused.getId() != null && focused.getId().startsWith("rating");
        });
        assertFalse(commentText().contains("\t"), "no tab typed into the comment");
        click("#ratingDefect");
        click("#addPhotoButton");
        waitUntil("the photo's thumbnail", () -> visible("#thumbnail-0"));
        click("#thumbnail-0");
        waitUntil("the larger view", () -> visible("#photoViewer"));
        robot.clickOn("#captionField").write("North-east corner, from the ladder").type(KeyCode.ENTER);
        waitUntil("the caption under the thumbnail", () -> robot.lookup(".thumbnail-caption").queryAll().stream()
                .anyMatch(n -> "North-east corner, from the ladder".equals(((javafx.scene.control.Label) n).getText())));
        waitForText("#saveState", s -> s.startsWith("Saved on this laptop"), "the comment stored on the laptop");
        waitForText("#pendingLabel", s -> s.contains("not on the web yet"), "the status bar counting it");

        click("#saveButton");

        waitUntilWeb("the comment and its photo on the web", () -> {
            InspectionSnapshot s = web.snapshot(inspection);
            return s.comments().stream().anyMatch(c -> "Gutter pulling away at the north-east corner"
                    .equals(c.comment().text().value()) && c.comment().rating().value() == Rating.DEFECT)
                    && s.photos().size() == 1 && s.photos().get(0).bytesStored()
                    && "North-east corner, from the ladder".equals(s.photos().get(0).photo().caption().value());
        });
        waitForText("#pendingLabel", "Everything is on the web"::equals, "the status bar to show nothing pending");
    }

    @Test
    void syncPullsAWebEditIntoTheOpenEditor() throws Exception {
        UUID inspection = web.newInspection();
        CommentRecord c = openOnSavedComment(inspection, "Moss on the north slope");

        web.server.admin().webEdit(web.office().id(), inspection, c.id(),
                WebEdit.textAndRating("Moss and lichen on the north slope; clean and treat", Rating.DEFECT));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);

        waitForText("#commentText", "Moss and lichen on the north slope; clean and treat"::equals,
                "the office's edit in the open editor");
        waitUntil("the Defect rating selected", () -> ((javafx.scene.control.ToggleButton) node("#ratingDefect"))
                .isSelected());
        waitUntil("the sync to finish", () -> !visible("#statusBarProgress"));
    }

    @Test
    void aConflictNotificationShowsBothVersionsAndKeepMineWinsOnTheNextSync() throws Exception {
        UUID inspection = web.newInspection();
        CommentRecord c = openOnSavedComment(inspection, "Shingles");

        robot.clickOn("#commentText").type(KeyCode.END).write(" lifted at the ridge");
        waitForText("#saveState", s -> s.startsWith("Saved on this laptop"), "my edit stored on the laptop");
        waitUntilTheWebClockPasses(c.id());
        web.server.admin().webEdit(web.office().id(), inspection, c.id(), WebEdit.text("Shingles in good shape"));
        click("#syncButton");

        waitUntil("the conflict pop-up", () -> robot.lookup(".keep-mine-button").queryAll().stream()
                .anyMatch(n -> n.getId().startsWith("toast-") && n.isVisible()));
        waitUntil("the pop-up above the status bar, where Sync's progress and Cancel show", () -> {
            Bounds toast = screenBounds(robot.lookup(".notification-bar").query());
            Bounds bar = screenBounds(node("#statusBar"));
            return toast.getMaxY() <= bar.getMinY() && toast.getMaxX() <= bar.getMaxX();
        });
        assertEquals("Shingles lifted at the ridge", text("#toast-conflictMine"));
        assertEquals("Shingles in good shape", text("#toast-conflictTheirs"));
        waitForText("#commentText", "Shingles in good shape"::equals, "the newer version in the editor meanwhile");
        robot.clickOn(robot.lookup(".keep-mine-button").match(n -> n.getId().startsWith("toast-")).<Node>query());

        waitForText("#commentText", "Shingles lifted at the ridge"::equals, "mine back in the editor");
        click("#syncButton");
        waitUntilWeb("mine on the web", () -> web.snapshot(inspection).textOf(c.id())
                .filter("Shingles lifted at the ridge"::equals).isPresent());
        waitUntil("the conflict gone from the notifications", () -> robot.lookup(".keep-mine-button").queryAll()
                .stream().noneMatch(Node::isVisible));
    }

    @Test
    void theSyncingStatusCountsReachZeroAfterSyncNow() throws Exception {
        UUID inspection = web.newInspection();
        prepareProfile(profile(), inspection);
        try (var ana = web.client(profile(), web.ana(), null)) {
            CommentRecord c = ana.addComment(inspection, "exterior.siding", "Peeling paint on the south wall", null);
            ana.addPhoto(c.id(), TestPhotos.jpeg(dir, "wall.jpg", 3, 640, 480), "South wall");
        }
        launch(options(profile()));
        click("#navStatus");
        waitForText("#photosToUpload", "1"::equals, "one photo to upload");
        assertTrue(Integer.parseInt(text("#changesToUpload")) >= 2, "the comment and the photo record");

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil("Save (Ctrl+S) to send everything", () -> text("#changesToUpload").equals("0")
                && text("#photosToUpload").equals("0"));
        waitForText("#lastSaveValue", s -> s.startsWith("today"), "the last Save time");

        // Ben adds a photo from his laptop; a slow link keeps its download going for a few seconds.
        Path deck = TestPhotos.jpeg(dir, "deck.jpg", 11, 1600, 1200);
        try (var ben = web.client(dir.resolve("ben"), web.ben(), inspection)) {
            CommentRecord c = ben.addComment(inspection, "exterior.decks", "Ledger fasteners corroded", Rating.DEFECT);
            ben.addPhoto(c.id(), deck, "Deck ledger");
            ben.save(SyncListener.NONE, new CancelToken());
        }
        Instant syncedBefore = lastSync(inspection);
        assertEquals("0", text("#photosToDownload"), "the laptop does not know of Ben's photo yet");
        long kbps = Math.max(8, Files.size(deck) * 8 / 1000 / 3);
        web.server.admin().setPoorSignal(new PoorSignal(0, kbps, 0, 0, 0, 0, null));
        try {
            click("#syncNowButton");
            waitUntil("Ben's photo counted as to download while the Sync brings it",
                    () -> Integer.parseInt(text("#photosToDownload")) >= 1);
        } finally {
            web.server.admin().setPoorSignal(PoorSignal.OFF);
        }

        waitUntil("every count at 0", () -> text("#changesToUpload").equals("0")
                && text("#photosToUpload").equals("0") && text("#photosToDownload").equals("0")
                && !visible("#statusBarProgress"));
        assertTrue(lastSync(inspection).isAfter(syncedBefore), "the Sync is the new last successful one");
        waitForText("#lastSyncValue", s -> s.startsWith("today"), "the last sync time");
        waitForText("#lastVerifyValue", s -> s.startsWith("the web has everything"), "the verify result");
        assertTrue(web.snapshot(inspection).photos().stream().allMatch(PhotoState::bytesStored));
    }

    /** When the test's profile last synced the inspection, as the Syncing Status page reads it. */
    private Instant lastSync(UUID inspection) {
        try (SyncClient laptop = SyncClient.open(profile(), TestWeb.FAST)) {
            return laptop.status(inspection).lastSync();
        }
    }

    @Test
    void anUndecidedConflictFoldsIntoTheNotificationsPanelAndIsDecidedThere() throws Exception {
        UUID inspection = web.newInspection();
        CommentRecord c = savedComment(inspection, "Shingles");
        prepareProfile(profile(), inspection);
        launch(options(profile()).withToasts(new Toasts.Timing(Duration.seconds(1), Duration.seconds(1),
                Duration.seconds(1))));
        selectItem("roof.coverings");
        waitForText("#commentText", "Shingles"::equals, "the comment");
        robot.clickOn("#commentText").type(KeyCode.END).write(" lifted at the ridge");
        waitForText("#saveState", s -> s.startsWith("Saved on this laptop"), "my edit stored on the laptop");
        waitUntilTheWebClockPasses(c.id());
        web.server.admin().webEdit(web.office().id(), inspection, c.id(), WebEdit.text("Shingles in good shape"));
        click("#syncButton");
        waitUntil("the conflict pop-up", () -> visible(".notification-bar #toast-conflictMine"));

        waitUntil("the pop-up to fold away undecided", () -> robot.lookup(".notification-bar").queryAll().stream()
                .noneMatch(FxWaits::shown));
        assertEquals("1", text("#notificationsButton .badge"), "the bell still counts it");
        click("#notificationsButton");
        waitUntil("the conflict in the panel", () -> visible("#noticeList .keep-mine-button"));
        click("#noticeList .keep-mine-button");

        waitForText("#commentText", "Shingles lifted at the ridge"::equals, "mine back in the editor");
        waitUntil("the bell quiet", () -> !visible("#notificationsButton .badge"));
    }

    @Test
    void forceSyncAsksFirstAndSaysWhenToUseIt() throws Exception {
        UUID inspection = web.newInspection();
        prepareProfile(profile(), inspection);
        try (var ana = web.client(profile(), web.ana(), null)) {
            ana.addComment(inspection, "exterior.siding", "Only on the laptop", null);
        }
        launch(options(profile()));

        click("#moreOptionsButton");
        click("#forceSyncItem");
        waitUntil("the confirmation", () -> visible("#forceSyncDialog"));
        String question = ((javafx.scene.control.Label) ((DialogPane) node("#forceSyncDialog")).getContent()).getText();
        assertTrue(question.contains("poor signal"), question);
        click("#cancel-forceSyncDialog");
        click("#navStatus");
        WaitForAsyncUtils.waitForFxEvents();
        // A Force Sync started by the click would be running now (progress shown) or done (its time
        // set, the comment on the web): neither.
        assertFalse(onFx(() -> visible("#statusBarProgress")), "nothing runs after Cancel");
        assertEquals("never", text("#lastForceSyncValue"));
        assertTrue(web.snapshot(inspection).comments().isEmpty(), "the web received nothing");
        assertEquals("1", text("#changesToUpload"));

        click("#navEditor");
        click("#moreOptionsButton");
        click("#forceSyncItem");
        click("#confirm-forceSyncDialog");
        click("#navStatus");
        waitForText("#lastForceSyncValue", s -> s.startsWith("today"), "the Force Sync done");
        assertEquals(1, web.snapshot(inspection).comments().size(), "the laptop's comment sent");
    }

    @Test
    void editingGoesOnWhileASyncWaitsForBensLock() throws Exception {
        UUID inspection = web.newInspection();
        prepareProfile(profile(), inspection);
        waitForLockAtMost(60);
        launch(options(profile()));
        selectItem("plumbing.water-heater");
        String lock = web.holdLock(inspection, web.ben());
        try {
            click("#syncButton");
            waitForText("#lockHolderLabel", s -> s.contains("Ben Okafor"), "the lock holder in the status bar");

            click("#addCommentButton");
            waitUntil("the new comment to take the typing", () -> node("#commentText").isFocused());
            robot.write("TPR valve discharge pipe too short");
            click("#ratingSafety");
            waitForText("#saveState", s -> s.startsWith("Saved on this laptop"), "the edit stored during the sync");
            assertTrue(onFx(() -> visible("#statusBarProgress")), "the sync is still running");
        } finally {
            web.releaseLock(inspection, web.ben(), lock);
        }
        waitUntil("the sync to finish", () -> !visible("#statusBarProgress"));
        waitUntilWeb("the edit made during the sync on the web", () -> web.snapshot(inspection).comments().stream()
                .map(CommentState::comment).anyMatch(c -> "TPR valve discharge pipe too short".equals(
                        c.text().value()) && c.rating().value() == Rating.SAFETY));
    }

    @Test
    void aProblemIsToldInPlainWordsAndStaysListedUntilAcknowledged() throws Exception {
        UUID inspection = web.newInspection();
        prepareProfile(profile(), inspection);
        waitForLockAtMost(1);
        launch(options(profile()));
        String lock = web.holdLock(inspection, web.ben());
        try {
            click("#syncButton");
            waitUntil("the problem counted on the bell", () -> visible("#notificationsButton .badge")
                    && text("#notificationsButton .badge").equals("1"));
        } finally {
            web.releaseLock(inspection, web.ben(), lock);
        }

        click("#notificationsButton");
        waitUntil("the problem in the panel", () -> robot.lookup("#noticeList .notice-headline").queryAll().stream()
                .anyMatch(n -> ((javafx.scene.control.Label) n).getText().equals("Ben Okafor is syncing this inspection")));
        waitUntil("its pop-up gone, as the panel lists it", () -> robot.lookup(".notification-bar").queryAll().stream()
                .noneMatch(FxWaits::shown));
        click("#noticeList .acknowledge-button");

        waitUntil("the panel empty and the bell quiet", () -> robot.lookup("#noticeList .acknowledge-button")
                .queryAll().isEmpty() && !visible("#notificationsButton .badge"));
    }

    @Test
    void closingTheWindowRightAfterTypingKeepsTheLastKeystrokes() throws Exception {
        UUID inspection = web.newInspection();
        prepareProfile(profile(), inspection);
        launch(options(profile()));
        selectItem("roof.drainage");
        click("#addCommentButton");
        waitUntil("the new comment to take the typing", () -> node("#commentText").isFocused());
        String typed = "Downspout disconnected at the south-west corner, water pooling at the footing";
        robot.write(typed);

        // At once: the autosave pause has not ended, or its write is under way.
        quit();

        try (var reopened = web.client(profile(), web.ana(), null)) {
            List<String> texts = reopened.comments(inspection, "roof.drainage", false).stream()
                    .map(c -> c.text().value()).toList();
            assertEquals(List.of(typed), texts);
        }
    }

    @Test
    void theWindowRemembersItsSizeAndTheOpenInspection() throws Exception {
        UUID inspection = web.newInspection();
        prepareProfile(profile(), inspection);
        launch(options(profile()));
        waitUntil("the editor", () -> visible("#editorPage"));
        robot.interact(() -> {
            stage.setWidth(1100);
            stage.setHeight(700);
        });
        quit();

        launch(options(profile()));

        waitUntil("the editor again", () -> visible("#editorPage"));
        String address = web.snapshot(inspection).inspection().address();
        waitForText("#inspectionHeading", h -> h.startsWith(address), "the same inspection");
        assertEquals(1100, onFx(stage::getWidth), 1);
        assertEquals(700, onFx(stage::getHeight), 1);
    }

    @Test
    void theWindowCarriesTheFieldReportIconInEachSize() throws Exception {
        launch(options(profile()));
        waitUntil("the sign-in screen", () -> visible("#signInPage"));

        List<String> icons = onFx(() -> stage.getIcons().stream()
                .map(i -> i.isError() ? "error" : (int) i.getWidth() + "x" + (int) i.getHeight()).toList());
        assertEquals(List.of("16x16", "32x32", "48x48", "64x64", "128x128", "256x256"), icons);
    }
}
