package io.fieldreport.desktop.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.desktop.notify.Notice;
import io.fieldreport.desktop.testing.LaptopTest;
import io.fieldreport.desktop.testing.Profiles;
import io.fieldreport.desktop.testing.TestPhotos;
import io.fieldreport.sync.CancelToken;
import io.fieldreport.sync.SyncListener;
import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.sync.protocol.Rating;
import io.fieldreport.web.editor.WebEdit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EditorViewModelTest extends LaptopTest {

    EditorViewModel editor;
    final AtomicInteger writes = new AtomicInteger();

    @BeforeEach
    void openInspection() {
        editor = new EditorViewModel(laptop.client, laptop.runner, laptop.delay, Duration.ofMillis(600),
                laptop.session, laptop.notices, writes::incrementAndGet);
        laptop.open();
    }

    private OutlineEntry section(String id) {
        return editor.sections().stream().filter(s -> s.sectionId().equals(id)).findFirst().orElseThrow();
    }

    private OutlineEntry item(String id) {
        return editor.sections().stream().flatMap(s -> s.items().stream()).filter(i -> id.equals(i.itemId()))
                .findFirst().orElseThrow();
    }

    private CommentViewModel addComment(String itemId) {
        editor.select(itemId);
        editor.addComment();
        return editor.addedProperty().get();
    }

    private CommentRecord stored(CommentViewModel c) {
        return laptop.client.comment(c.id()).orElseThrow();
    }

    @Test
    void opensWithTheReportOutlineInTemplateOrder() {
        assertEquals("Roof", editor.sections().get(0).title());
        assertEquals("Roof › Coverings", editor.sections().get(0).items().get(0).path());
        assertEquals(0, section("roof").commentsProperty().get());
        assertFalse(editor.canAddComment(), "nothing is selected yet");
    }

    @Test
    void anAddedCommentIsStoredCountedAndHandedToTheView() {
        CommentViewModel c = addComment("roof.coverings");

        assertNotNull(c);
        assertEquals(List.of(c), editor.comments());
        assertEquals(1, laptop.client.comments(laptop.inspection, "roof.coverings", false).size());
        assertEquals(1, item("roof.coverings").commentsProperty().get());
        assertEquals(1, section("roof").commentsProperty().get());
        assertEquals("Roof › Coverings", editor.headingProperty().get());
    }

    @Test
    void typingIsStoredAfterThePauseNotOnEveryKeystroke() {
        CommentViewModel c = addComment("roof.coverings");
        int before = writes.get();

        c.textProperty().set("Shingles");
        c.textProperty().set("Shingles curled");

        assertEquals("", stored(c).text().value());
        assertEquals(SaveState.PENDING, c.saveStateProperty().get());
        laptop.delay.elapse();
        assertEquals("Shingles curled", stored(c).text().value());
        assertEquals(SaveState.SAVED, c.saveStateProperty().get());
        assertEquals(before + 1, writes.get(), "one write for the whole burst of typing");
    }

    @Test
    void aRatingIsStoredAtOnceWithoutRestampingTheText() {
        CommentViewModel c = addComment("electrical.panel");
        c.textProperty().set("Double tap at breaker 14");
        laptop.delay.elapse();
        var textStamp = stored(c).text().stamp();

        c.ratingProperty().set(Rating.SAFETY);

        assertEquals(Rating.SAFETY, stored(c).rating().value());
        assertEquals(textStamp, stored(c).text().stamp(), "the text was not written again");
        assertEquals(Rating.SAFETY, item("electrical.panel").worstRatingProperty().get());
        assertEquals(Rating.SAFETY, section("electrical").worstRatingProperty().get());
    }

    @Test
    void theMostSeriousRatingColoursTheItem() {
        addComment("roof.flashings").ratingProperty().set(Rating.MAINTENANCE);
        addComment("roof.flashings").ratingProperty().set(Rating.DEFECT);
        addComment("roof.flashings").ratingProperty().set(Rating.SATISFACTORY);

        assertEquals(3, item("roof.flashings").commentsProperty().get());
        assertEquals(Rating.DEFECT, item("roof.flashings").worstRatingProperty().get());
    }

    @Test
    void aSyncedEditReplacesTheTextUnlessTheInspectorIsTypingInIt() throws Exception {
        CommentViewModel c = addComment("roof.coverings");
        c.textProperty().set("Mine");
        laptop.delay.elapse();
        laptop.client.save(SyncListener.NONE, new CancelToken());

        web.server.admin().webEdit(web.office().id(), laptop.inspection, c.id(), WebEdit.text("From the office"));
        laptop.client.sync(laptop.inspection, SyncListener.NONE, new CancelToken());
        editor.refresh();
        assertEquals("From the office", c.textProperty().get());
        assertSame(c, editor.comments().get(0), "updated in place, so the card keeps its focus");

        c.textProperty().set("Typing, not stored yet");
        web.server.admin().webEdit(web.office().id(), laptop.inspection, c.id(), WebEdit.text("Office again"));
        laptop.client.sync(laptop.inspection, SyncListener.NONE, new CancelToken());
        editor.refresh();
        assertEquals("Typing, not stored yet", c.textProperty().get());
        laptop.delay.elapse();
        assertEquals("Typing, not stored yet", stored(c).text().value());
    }

    @Test
    void aCommentAddedElsewhereAppearsAfterARefresh() throws Exception {
        editor.select("roof.drainage");
        try (var ben = web.client(dir.resolve("ben"), web.ben(), laptop.inspection)) {
            ben.addComment(laptop.inspection, "roof.drainage", "Gutters full of needles", Rating.MAINTENANCE);
            ben.save(SyncListener.NONE, new CancelToken());
        }
        laptop.client.sync(laptop.inspection, SyncListener.NONE, new CancelToken());

        editor.refresh();

        assertEquals(1, editor.comments().size());
        assertEquals("Gutters full of needles", editor.comments().get(0).textProperty().get());
        assertEquals(Rating.MAINTENANCE, item("roof.drainage").worstRatingProperty().get());
    }

    @Test
    void deletingACommentRemovesItFromTheItemAndTheCount() {
        CommentViewModel c = addComment("roof.coverings");
        addComment("roof.coverings");

        editor.deleteComment(c);

        assertEquals(1, editor.comments().size());
        assertEquals(1, item("roof.coverings").commentsProperty().get());
        assertTrue(stored(c).deleted().value());
    }

    @Test
    void anEditTheStoreRefusesIsShownAsAProblemAndMarkedNotSaved() {
        CommentViewModel c = addComment("roof.coverings");
        editor.deleteComment(c);

        c.textProperty().set("Too late");
        laptop.delay.elapse();

        assertEquals(SaveState.FAILED, c.saveStateProperty().get());
        assertTrue(laptop.notices.listed().stream().anyMatch(n -> n instanceof Notice.Problem p
                && p.message().contains("deleted")), laptop.notices.listed().toString());
    }

    @Test
    void aPublishedReportOpensReadOnly() {
        UUID published = web.newInspection();
        web.server.admin().publish(published);
        try (var other = new Profiles(web, dir.resolve("other"), web.ana(), published)) {
            EditorViewModel readOnly = new EditorViewModel(other.client, other.runner, other.delay, Duration.ZERO,
                    other.session, other.notices, () -> { });
            other.open();
            readOnly.select("roof.coverings");

            assertTrue(readOnly.readOnlyProperty().get());
            assertFalse(readOnly.canAddComment());
        }
    }

    @Test
    void photosAreAttachedCaptionedAndDeleted() throws Exception {
        CommentViewModel c = addComment("roof.coverings");
        Path photo = TestPhotos.jpeg(dir, "roof.jpg", 1, 640, 480);
        Path notAPhoto = Files.writeString(dir.resolve("notes.txt"), "not a photo");

        c.addPhotos(List.of(photo, notAPhoto));

        assertEquals(1, c.photos().size(), "the text file is not taken");
        PhotoRow row = c.photos().get(0);
        assertTrue(row.onLaptop());
        assertEquals(Files.size(photo), row.size());
        c.editCaption(row, "  Ridge, south side ");
        assertEquals("Ridge, south side", c.photos().get(0).caption());
        c.deletePhoto(c.photos().get(0));
        assertTrue(c.photos().isEmpty());
        assertTrue(laptop.client.photos(laptop.inspection, c.id(), false).isEmpty());
    }

    @Test
    void switchingItemsStoresWhatWasBeingTyped() {
        CommentViewModel c = addComment("roof.coverings");
        c.textProperty().set("Half a sentence");

        editor.select("roof.flashings");

        assertEquals("Half a sentence", stored(c).text().value());
        assertTrue(editor.comments().isEmpty());
    }
}
