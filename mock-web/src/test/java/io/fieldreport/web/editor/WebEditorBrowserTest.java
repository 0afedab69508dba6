package io.fieldreport.web.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fieldreport.sync.clock.Stamped;
import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.sync.protocol.InspectionStatus;
import io.fieldreport.sync.protocol.PullResponse;
import io.fieldreport.sync.protocol.Rating;
import io.fieldreport.web.support.Records;
import io.fieldreport.web.support.TestWeb;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The office web editor in a real headless Chromium (Debian's chromium and chromium-driver, driven
 * by Selenium; nothing is downloaded). Skipped, with the reason, only where they are not installed.
 */
class WebEditorBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final UUID ROOF_COMMENT = UUID.fromString("6e1f4b1a-0c2d-4a8e-9f31-2b7c5d8e1a01");

    @TempDir
    static Path dir;
    static TestWeb web;
    static ChromeDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver at " + CHROMIUM + " and " + CHROMEDRIVER
                        + " (apt-get install -y chromium chromium-driver; .ci/run installs them)");
        web = TestWeb.start(dir.resolve("web"));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-quic", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1100",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (web != null) {
            web.close();
        }
    }

    @BeforeEach
    void signedOut() {
        // Forget the last test's sign-in on a page of the same origin that runs no editor script, so no
        // sign-in still in flight can store its token again.
        browser.get(web.server().baseUrl() + "/api/health");
        browser.executeScript("sessionStorage.clear()");
        browser.get(web.server().baseUrl() + "/editor/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token")));
    }

    private void signIn(String token) {
        browser.findElement(By.id("token")).sendKeys(token);
        browser.findElement(By.id("sign-in")).click();
    }

    private WebElement openDemo() {
        signIn("office-demo-token");
        By open = By.cssSelector("li[data-id='" + web.demo().inspectionId() + "'] button.open");
        wait.until(ExpectedConditions.elementToBeClickable(open));
        screenshot("web-editor-list.png");
        browser.findElement(open).click();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("article[data-comment-id='" + ROOF_COMMENT + "']")));
    }

    /** Keeps what the browser shows under target/, for people to look at (docs/screenshots comes from here). */
    private static void screenshot(String name) {
        try {
            Files.write(Path.of("target", name), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anOfficeUserEditsACommentAndTheApiServesTheNewText() {
        WebElement comment = openDemo();
        comment.findElement(By.cssSelector("button.edit")).click();
        WebElement text = comment.findElement(By.cssSelector("textarea.edit-text"));
        text.clear();
        text.sendKeys("Roof replacement recommended: granule loss across the south slope.");
        new Select(comment.findElement(By.cssSelector("select.edit-rating"))).selectByValue("defect");
        screenshot("web-editor-editing.png");
        comment.findElement(By.cssSelector("button.save-edit")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Saved"));
        By shown = By.cssSelector("article[data-comment-id='" + ROOF_COMMENT + "'] .text");
        wait.until(ExpectedConditions.textToBe(shown, "Roof replacement recommended: granule loss across the south slope."));

        PullResponse pulled = web.ana().get(Records.path(web.demo().inspectionId(), "/changes?limit=1000"))
                .as(PullResponse.class);
        CommentRecord served = pulled.comments().stream().filter(c -> c.id().equals(ROOF_COMMENT)).findFirst().orElseThrow();
        assertEquals("Roof replacement recommended: granule loss across the south slope.", served.text().value());
        assertEquals(Rating.DEFECT, served.rating().value());
        assertEquals("Olivia Grant", served.text().author());
        assertEquals("web", served.text().stamp().device());
        screenshot("web-editor-after-edit.png");
    }

    /** The inspection open in the editor, with the comment's edit form showing. */
    private WebElement editing(UUID inspection, CommentRecord comment) {
        signIn("office-demo-token");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li[data-id='" + inspection + "'] button.open")))
                .click();
        WebElement node = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("article[data-comment-id='" + comment.id() + "']")));
        node.findElement(By.cssSelector("button.edit")).click();
        wait.until(ExpectedConditions.visibilityOf(node.findElement(By.cssSelector("textarea.edit-text"))));
        return node;
    }

    private static void push(UUID inspection, CommentRecord change) {
        var r = web.ana().post(Records.push(inspection), Records.push(Records.ANA_LAPTOP, Records.change(change)));
        assertEquals(200, r.status(), r.text());
    }

    private static CommentRecord anasComment() {
        return Records.comment(UUID.randomUUID(), "hvac.heating", "Furnace filter dirty", Rating.MAINTENANCE,
                Records.at(1, Records.ANA_LAPTOP), "Ana Reyes");
    }

    @Test
    void changingOnlyTheRatingWhileALaptopSentANewerTextKeepsTheLaptopsText() {
        UUID inspection = web.newInspection();
        CommentRecord comment = anasComment();
        push(inspection, comment);
        WebElement node = editing(inspection, comment);
        // While the office has the comment open, Ana's laptop sends a newer text.
        push(inspection, Records.edit(comment, new Stamped<>("Furnace filter dirty; burner flame lifts off the ports",
                Records.at(5, Records.ANA_LAPTOP), "Ana Reyes"), null, null));

        new Select(node.findElement(By.cssSelector("select.edit-rating"))).selectByValue("safety");
        node.findElement(By.cssSelector("button.save-edit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Saved"));

        CommentRecord onWeb = web.admin().inspection(inspection).comment(comment.id()).orElseThrow().comment();
        assertEquals("Furnace filter dirty; burner flame lifts off the ports", onWeb.text().value(),
                "the office changed only the rating, so the laptop's newer text stays");
        assertEquals("Ana Reyes", onWeb.text().author());
        assertEquals(Rating.SAFETY, onWeb.rating().value());
        assertEquals("Olivia Grant", onWeb.rating().author());
        By shown = By.cssSelector("article[data-comment-id='" + comment.id() + "'] .text");
        wait.until(ExpectedConditions.textToBe(shown, "Furnace filter dirty; burner flame lifts off the ports"));
    }

    @Test
    void aTextChangedOnALaptopMeanwhileIsShownAndTheOfficeMakesItsEditAgain() {
        UUID inspection = web.newInspection();
        CommentRecord comment = anasComment();
        push(inspection, comment);
        WebElement node = editing(inspection, comment);
        push(inspection, Records.edit(comment, new Stamped<>("Furnace filter dirty and bent",
                Records.at(5, Records.ANA_LAPTOP), "Ana Reyes"), null, null));

        WebElement text = node.findElement(By.cssSelector("textarea.edit-text"));
        text.clear();
        text.sendKeys("Office: filter replaced");
        node.findElement(By.cssSelector("button.save-edit")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "changed after you opened it"));
        By article = By.cssSelector("article[data-comment-id='" + comment.id() + "']");
        WebElement again = wait.until(ExpectedConditions.visibilityOfElementLocated(article));
        assertEquals("Furnace filter dirty and bent", again.findElement(By.cssSelector(".text")).getText(),
                "the page shows the newer version");
        assertEquals("Furnace filter dirty and bent", again.findElement(By.cssSelector("textarea.edit-text"))
                .getAttribute("value"), "the editor reopened on the newer version");
        assertEquals("Office: filter replaced", again.findElement(By.cssSelector(".draft-text")).getText(),
                "the office's unsaved text is still shown");
        assertEquals("Furnace filter dirty and bent", web.admin().inspection(inspection).textOf(comment.id()).orElseThrow());
        screenshot("web-editor-edited-elsewhere.png");

        WebElement redo = again.findElement(By.cssSelector("textarea.edit-text"));
        redo.clear();
        redo.sendKeys("Furnace filter dirty and bent; office: replaced on 23 Nov");
        again.findElement(By.cssSelector("button.save-edit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Saved"));

        var state = web.admin().inspection(inspection).comment(comment.id()).orElseThrow();
        assertEquals("Furnace filter dirty and bent; office: replaced on 23 Nov", state.comment().text().value());
        assertTrue(state.history().stream().anyMatch(h -> "Furnace filter dirty and bent".equals(h.value())),
                "the laptop's text it replaced is in the web's history: " + state.history());
    }

    @Test
    void theInspectionShowsSectionsRatingsAndPhotoThumbnails() {
        WebElement comment = openDemo();
        assertTrue(browser.findElement(By.cssSelector("section[data-section='roof'] h2")).getText().contains("Roof"));
        assertTrue(comment.getAttribute("class").contains("maintenance") || comment.getAttribute("class").contains("defect"));
        WebElement thumbnail = comment.findElement(By.cssSelector(".photos img"));
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", thumbnail));
        assertEquals("South slope, lifted tab near the ridge", comment.findElement(By.cssSelector("figcaption")).getText());
        screenshot("web-editor.png");
    }

    @Test
    void anInspectorTokenIsTurnedAwayWithAReason() {
        signIn("ana-demo-token");
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-error")));
        assertTrue(error.getText().contains("Ana Reyes is an inspector"), error.getText());
    }

    @Test
    void anUnknownTokenIsTurnedAway() {
        signIn("no-such-token");
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-error")));
        assertEquals("That token is not known to the web.", error.getText());
    }

    @Test
    void publishingFromTheEditorMarksTheInspection() {
        UUID inspection = web.newInspection();
        signIn("office-demo-token");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li[data-id='" + inspection + "'] button.open")))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("publish"))).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.textToBe(By.id("inspection-status"), "Published"));
        assertEquals(InspectionStatus.PUBLISHED, web.record(inspection).status());
    }
}
