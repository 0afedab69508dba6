package io.fieldreport.desktop;

import io.fieldreport.desktop.demo.DemoSetup;
import io.fieldreport.desktop.editor.OutlineEntry;
import io.fieldreport.desktop.testing.FxWaits;
import io.fieldreport.desktop.testing.TestWeb;
import io.fieldreport.sync.CancelToken;
import io.fieldreport.sync.SyncClient;
import io.fieldreport.sync.SyncListener;
import io.fieldreport.sync.protocol.Rating;
import io.fieldreport.web.editor.WebEdit;
import io.fieldreport.web.faults.PoorSignal;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walks through the main screens of the real app on a real (Xvfb) display and saves a PNG of each:
 * run by desktop-app/screenshots.sh. The web is a fresh mock web with the demo data; the tour signs
 * in as Ana from the demo's form, writes a comment with a photo, syncs over a slow connection,
 * provokes a conflict with an office edit, and asks to sign out with work not on the web.
 */
public final class ScreenshotTour {

    private static final System.Logger LOG = System.getLogger(ScreenshotTour.class.getName());

    private final FxRobot robot = new FxRobot();
    private final Path out;
    private final Path work;
    private final TestWeb web;

    private ScreenshotTour(Path out, Path work) {
        this.out = out;
        this.work = work;
        this.web = TestWeb.start(work.resolve("web"));
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: ScreenshotTour OUTPUT_DIR   (needs DISPLAY and /usr/bin/import)");
            System.exit(2);
        }
        Path out = Files.createDirectories(Path.of(args[0]));
        Path work = Files.createTempDirectory("fieldreport-tour");
        ScreenshotTour tour = new ScreenshotTour(out, work);
        try {
            tour.run();
        } finally {
            tour.web.close();
        }
        System.exit(0);
    }

    private void run() throws Exception {
        UUID demo = web.demo.inspectionId();
        UUID juniper = web.server.admin().createInspection("88 Juniper Way, Bend, OR 97702", "Marcus Lee",
                LocalDate.now().plusDays(1));
        web.server.admin().assign(web.ana().id(), juniper);
        UUID harmon = web.server.admin().createInspection("2210 NW Harmon Blvd, Bend, OR 97703", "Sofia Alvarez",
                LocalDate.now().plusDays(3));
        web.server.admin().assign(web.ana().id(), harmon);
        Path photo = newPhotoFrom("roof-south-slope.png", "dormer-flashing.jpg", 2);

        AppOptions options = AppOptions.forProfile(work.resolve("profile"))
                .withPrefill(web.url(), web.ana().token(), DemoSetup.hint(web.url(), web.demo))
                .withOpenAfterSignIn(demo).withAutoSyncTick(null).withPhotoPicker(owner -> List.of(photo));
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupApplication(() -> new App(options));
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(800);
        });

        waitUntil("the sign-in form", () -> shown("#signInPage"));
        shot("01-sign-in");

        robot.clickOn("#signInButton");
        waitUntil("the demo inspection in the editor", () -> shown("#editorPage") && shown("#outline"));
        selectItem("roof.flashings");
        waitUntil("the seeded comment", () -> shown("#commentText"));
        robot.clickOn("#addCommentButton");
        waitUntil("the new comment", () -> robot.lookup("#commentText").queryAll().size() == 2
                && robot.lookup("#commentText").queryAll().stream().anyMatch(Node::isFocused));
        robot.write("Step flashing at the dormer sidewall is rusted through in two places; daylight visible"
                + " from the attic. Have a roofer replace it.");
        robot.clickOn(robot.lookup("#ratingDefect").queryAll().stream().reduce((a, b) -> b).orElseThrow());
        robot.clickOn(robot.lookup("#addPhotoButton").queryAll().stream().reduce((a, b) -> b).orElseThrow());
        waitUntil("both thumbnails", () -> robot.lookup(".thumbnail .image-view").queryAll().stream()
                .filter(n -> ((ImageView) n).getImage() != null).count() == 2);
        waitUntil("the comment saved", () -> robot.lookup("#saveState").queryAll().stream()
                .allMatch(n -> ((Labeled) n).getText().startsWith("Saved")));
        shot("03-editor");

        robot.clickOn("#navInspections");
        waitUntil("three inspections listed", () -> robot.lookup(".inspection-card").queryAll().size() == 3
                && shown("#pending-" + demo));
        shot("02-inspections");

        // Ben saved photos from his laptop; a slow connection catches the Syncing Status page
        // half-way through downloading them.
        try (var ben = web.client(work.resolve("ben"), web.ben(), demo)) {
            var c = ben.addComment(demo, "exterior.decks", "Ledger board fasteners corroded; see photos.",
                    Rating.DEFECT);
            for (int i = 0; i < 4; i++) {
                ben.addPhoto(c.id(), newPhotoFrom(i % 2 == 0 ? "roof-south-slope.png" : "chimney-flashing.png",
                        "deck-" + i + ".jpg", 2 + i), "Deck ledger, photo " + (i + 1));
            }
            ben.save(SyncListener.NONE, new CancelToken());
        }
        web.server.admin().setPoorSignal(new PoorSignal(200, 256, 0, 0, 0, 0, null));
        robot.clickOn("#navStatus");
        waitUntil("the counts", () -> text("#photosToUpload").equals("1"));
        robot.clickOn("#syncNowButton");
        waitUntil("the photo download under way, the counts caught up", () -> text("#statusPhase")
                .endsWith("Downloading photos") && text("#progressItems").startsWith("1 of")
                && text("#photosToDownload").equals("2"));
        shot("04-syncing-status");
        web.server.admin().setPoorSignal(PoorSignal.OFF);
        waitUntil("the sync to finish with every count at 0", () -> text("#changesToUpload").equals("0")
                && text("#photosToUpload").equals("0") && text("#lastSyncValue").startsWith("today")
                && !shown("#statusBarProgress"));

        robot.clickOn("#navEditor");
        selectItem("roof.coverings");
        waitUntil("the seeded comment", () -> ((TextArea) robot.lookup("#commentText").query()).getText()
                .startsWith("Asphalt"));
        robot.clickOn("#commentText").type(KeyCode.END).write(" Two tabs are missing entirely.");
        waitUntil("the edit saved", () -> text("#saveState").startsWith("Saved"));
        UUID coverings = UUID.fromString("6e1f4b1a-0c2d-4a8e-9f31-2b7c5d8e1a01");
        // The office's edit must be the later one. The laptop's stamps follow the web's clock as it
        // measured it over the slow link above, which can put them a little ahead of the web's own
        // (this machine's clock): wait until that clock has passed the stamp of my edit.
        long stamped;
        try (SyncClient laptop = SyncClient.open(work.resolve("profile"), TestWeb.FAST)) {
            stamped = laptop.comment(coverings).orElseThrow().text().stamp().millis();
        }
        waitUntil("the web's clock to pass my edit's stamp", () -> System.currentTimeMillis() > stamped);
        web.server.admin().webEdit(web.office().id(), demo, coverings, WebEdit.textAndRating("Asphalt shingles show"
                + " granule loss on the south-facing slope. Client reports the roof was replaced in 2009.",
                Rating.MAINTENANCE));
        robot.clickOn("#syncButton");
        waitUntil("the conflict pop-up", () -> robot.lookup(".keep-mine-button").queryAll().stream()
                .anyMatch(n -> n.getId().startsWith("toast-") && shown(n) && opaque(n)));
        waitUntil("the Sync completed pop-up to have faded", () -> robot.lookup(".notification-bar").queryAll()
                .stream().filter(FxWaits::shown).count() == 1);
        shot("05-conflict");

        robot.clickOn(robot.lookup(".keep-mine-button").queryAll().stream()
                .filter(n -> n.getId().startsWith("toast-")).findFirst().orElseThrow());
        robot.clickOn("#navSettings");
        robot.clickOn("#signOutButton");
        waitUntil("the refusal", () -> shown("#signOutRefusal") && !text("#signOutRefusal").isEmpty());
        waitUntil("the pop-ups to have faded", () -> robot.lookup(".notification-bar").queryAll().stream()
                .noneMatch(FxWaits::shown));
        shot("06-settings");
    }

    private void selectItem(String itemId) {
        waitUntil("the outline", () -> {
            TreeView<OutlineEntry> tree = robot.lookup("#outline").query();
            for (TreeItem<OutlineEntry> s : tree.getRoot().getChildren()) {
                for (TreeItem<OutlineEntry> i : s.getChildren()) {
                    if (itemId.equals(i.getValue().itemId())) {
                        tree.scrollTo(Math.max(0, tree.getRow(i) - 3));
                        return true;
                    }
                }
            }
            return false;
        });
        waitUntil("the item's row", () -> robot.lookup(".tree-cell").match(n -> n instanceof TreeCell<?> c
                && c.getItem() instanceof OutlineEntry e && itemId.equals(e.itemId())).tryQuery().isPresent());
        robot.clickOn(robot.lookup(".tree-cell").match(n -> n instanceof TreeCell<?> c
                && c.getItem() instanceof OutlineEntry e && itemId.equals(e.itemId())).<Node>query());
    }

    private String text(String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Labeled) n).getText()).orElse("");
    }

    private boolean shown(String query) {
        return robot.lookup(query).tryQuery().map(FxWaits::shown).orElse(false);
    }

    private static boolean shown(Node n) {
        return FxWaits.shown(n);
    }

    /** Fully faded in: ControlsFX pop-ups fade, and a picture mid-fade is a blurry one. */
    private static boolean opaque(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p.getOpacity() < 1) {
                return false;
            }
        }
        return true;
    }

    private void waitUntil(String what, Callable<Boolean> condition) {
        try {
            FxWaits.until(what, 30, condition);
        } catch (AssertionError e) {
            try {
                shot("tour-failed");
            } catch (IOException | InterruptedException ignored) {
                // The failure below says what went wrong; the picture was only a help.
            }
            throw new IllegalStateException("the tour waited in vain for " + what
                    + " (the screen then is in tour-failed.png)", e);
        }
    }

    /** The whole X screen, so pop-ups (which are windows of their own) are in the picture. */
    private void shot(String name) throws IOException, InterruptedException {
        WaitForAsyncUtils.waitForFxEvents(20);
        Path file = out.resolve(name + ".png");
        Process p = new ProcessBuilder("/usr/bin/import", "-window", "root", file.toString()).inheritIO().start();
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("import failed for " + file);
        }
        LOG.log(System.Logger.Level.INFO, "saved " + file);
    }

    /**
     * A photo the web does not have yet, made from one of mock-web's demo pictures (a crop, as a
     * JPEG), as a file the photo picker can hand over.
     */
    private Path newPhotoFrom(String name, String as, int scale) throws IOException {
        try (InputStream in = io.fieldreport.web.WebServer.class.getResourceAsStream("demo/" + name)) {
            java.awt.image.BufferedImage source = javax.imageio.ImageIO.read(in);
            int w = source.getWidth() * 4 / 5;
            int h = source.getHeight() * 4 / 5;
            // Larger than the original, so the slow connection below takes a few seconds over it.
            java.awt.image.BufferedImage crop = new java.awt.image.BufferedImage(w * scale, h * scale,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            crop.createGraphics().drawImage(source.getSubimage(source.getWidth() - w, 0, w, h), 0, 0, w * scale,
                    h * scale, null);
            Path file = work.resolve(as);
            javax.imageio.ImageIO.write(crop, "jpg", file.toFile());
            return file;
        }
    }
}
