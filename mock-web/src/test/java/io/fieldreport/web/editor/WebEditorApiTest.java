package io.fieldreport.web.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.clock.Stamped;
import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.sync.protocol.InspectionRecord;
import io.fieldreport.sync.protocol.InspectionStatus;
import io.fieldreport.sync.protocol.PullResponse;
import io.fieldreport.sync.protocol.Rating;
import io.fieldreport.web.support.Records;
import io.fieldreport.web.support.Reply;
import io.fieldreport.web.support.TestWeb;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WebEditorApiTest {

    @RegisterExtension
    static final TestWeb web = TestWeb.perClass();
    UUID inspection;
    CommentRecord comment;

    @BeforeEach
    void aCommentFromAna() {
        inspection = web.newInspection();
        comment = Records.comment(UUID.randomUUID(), "hvac.heating", "Furnace filter dirty", Rating.MAINTENANCE,
                Records.at(1, Records.ANA_LAPTOP), "Ana Reyes");
        web.ana().post(Records.push(inspection), Records.push(Records.ANA_LAPTOP, Records.change(comment)));
    }

    private String editPath() {
        return Records.path(inspection, "/comments/" + comment.id() + "/edit");
    }

    @Test
    void anOfficeEditIsStampedByTheWebAndPulledByLaptops() {
        String cursor = web.ana().get(Records.path(inspection, "/changes")).as(PullResponse.class).nextCursor();
        Reply r = web.office().post(editPath(), new CommentEditRequest("Furnace filter dirty; replace now.",
                comment.text().stamp(), "defect", comment.rating().stamp()));
        assertEquals(200, r.status(), r.text());
        CommentRecord edited = r.as(CommentRecord.class);
        assertEquals("web", edited.text().stamp().device());
        assertEquals("Olivia Grant", edited.text().author());
        assertEquals(Rating.DEFECT, edited.rating().value());
        assertEquals(edited.text().stamp(), edited.rating().stamp());

        PullResponse next = web.ana().get(Records.path(inspection, "/changes?since=" + cursor)).as(PullResponse.class);
        assertEquals(1, next.comments().size(), "the edit took the inspection's next change number");
        assertEquals(edited, next.comments().get(0));
        var history = web.admin().inspection(inspection).comment(comment.id()).orElseThrow().history();
        assertEquals(2, history.size(), "Ana's text and rating are kept: " + history);
    }

    @Test
    void anEditCanChangeOnlyTheRatingOrClearIt() {
        CommentRecord edited = web.office().post(editPath(),
                new CommentEditRequest(null, null, "unrated", comment.rating().stamp())).as(CommentRecord.class);
        assertNull(edited.rating().value());
        assertEquals("Furnace filter dirty", edited.text().value());
        assertEquals("Ana Reyes", edited.text().author());
    }

    @Test
    void aBadEditIs400AndChangesNothing() {
        String seen = comment.text().stamp().toString();
        for (String body : new String[] {"{}", "{\"rating\":\"awful\",\"ratingStamp\":\"" + seen + "\"}",
                "{\"text\":5,\"textStamp\":\"" + seen + "\"}", "{\"text\":\"no stamp\"}", "{\"rating\":\"defect\"}",
                "{\"textStamp\":\"" + seen + "\"}", "{\"text\":\"x\",\"textStamp\":\"yesterday\"}"}) {
            Reply r = web.office().raw("POST", editPath(), body);
            assertEquals(400, r.status(), body + " -> " + r.text());
        }
        assertEquals("Furnace filter dirty", web.admin().inspection(inspection).textOf(comment.id()).orElseThrow());
    }

    @Test
    void anEditOfATextALaptopChangedMeanwhileIs409WithTheCurrentCommentAndChangesNothing() {
        CommentRecord ana = pushAnasNewerText();
        long seq = web.admin().inspection(inspection).changeSequence();

        Reply r = web.office().post(editPath(), new CommentEditRequest("Office: filter to be replaced",
                comment.text().stamp(), null, null));

        assertEquals(409, r.status(), r.text());
        assertEquals("edited_elsewhere", r.error().code());
        assertFalse(r.error().retryable());
        assertTrue(r.error().message().contains("the text by Ana Reyes"), r.error().message());
        EditedElsewhere.Body body = r.as(EditedElsewhere.Body.class);
        assertEquals(ana.text(), body.current().text(), "the answer carries the web's current version");
        var state = web.admin().inspection(inspection);
        assertEquals("Furnace filter dirty and bent", state.textOf(comment.id()).orElseThrow());
        assertEquals(seq, state.changeSequence(), "nothing was written");
    }

    @Test
    void changingOnlyTheRatingLeavesANewerLaptopTextAsItIs() {
        CommentRecord ana = pushAnasNewerText();
        Reply r = web.office().post(editPath(), new CommentEditRequest(null, null, "defect", comment.rating().stamp()));

        assertEquals(200, r.status(), r.text());
        CommentRecord after = web.admin().inspection(inspection).comment(comment.id()).orElseThrow().comment();
        assertEquals(ana.text(), after.text(), "the laptop's text survives the office's rating change");
        assertEquals(Rating.DEFECT, after.rating().value());
        assertEquals("Olivia Grant", after.rating().author());
    }

    @Test
    void anEditOnTheVersionTheWebHoldsIsSavedEvenAfterOtherFieldsMoved() {
        CommentRecord ana = pushAnasNewerText();
        Reply r = web.office().post(editPath(), new CommentEditRequest("Office: filter replaced on 23 Nov",
                ana.text().stamp(), null, null));
        assertEquals(200, r.status(), r.text());
        assertEquals("Office: filter replaced on 23 Nov", web.admin().inspection(inspection).textOf(comment.id()).orElseThrow());
    }

    @Test
    void anEditOfACommentDeletedMeanwhileIs409() {
        web.ana().post(Records.push(inspection), Records.push(Records.ANA_LAPTOP, Records.change(Records.edit(comment,
                null, null, new Stamped<>(true, Records.at(4, Records.ANA_LAPTOP), "Ana Reyes")))));
        Reply r = web.office().post(editPath(), new CommentEditRequest(null, null, "safety", comment.rating().stamp()));
        assertEquals(409, r.status(), r.text());
        assertEquals("edited_elsewhere", r.error().code());
        assertTrue(r.error().message().contains("Ana Reyes deleted this comment"), r.error().message());
        assertEquals(Rating.MAINTENANCE, web.admin().inspection(inspection).comment(comment.id()).orElseThrow()
                .comment().rating().value());
    }

    /** Ana's laptop changes the text after the office opened the comment. */
    private CommentRecord pushAnasNewerText() {
        CommentRecord edit = Records.edit(comment, new Stamped<>("Furnace filter dirty and bent",
                Records.at(5, Records.ANA_LAPTOP), "Ana Reyes"), null, null);
        Reply pushed = web.ana().post(Records.push(inspection), Records.push(Records.ANA_LAPTOP, Records.change(edit)));
        assertEquals(200, pushed.status(), pushed.text());
        return edit;
    }

    @Test
    void publishingMarksTheInspectionAndStopsEdits() {
        Reply r = web.office().post(Records.path(inspection, "/publish"), "{}");
        assertEquals(200, r.status(), r.text());
        assertEquals(InspectionStatus.PUBLISHED, r.as(InspectionRecord.class).status());

        Reply edit = web.office().post(editPath(), new CommentEditRequest("after publishing", comment.text().stamp(),
                null, null));
        assertEquals(409, edit.status());
        assertEquals("inspection_published", edit.error().code());
        var pushed = web.ana().post(Records.push(inspection), Records.push(Records.ANA_LAPTOP, Records.change(
                Records.edit(comment, new Stamped<>("late", Records.at(50, Records.ANA_LAPTOP),
                        "Ana Reyes"), null, null)))).text();
        assertTrue(pushed.contains("Olivia Grant published this report"), pushed);
    }

    @Test
    void theEditorPageAndItsFilesAreServed() {
        Reply root = web.anonymous().get("/");
        assertEquals(302, root.status());
        assertEquals("/editor/", root.header("Location"));
        Reply page = web.anonymous().get("/editor/");
        assertEquals(200, page.status());
        assertTrue(page.text().contains("Sign in"));
        assertTrue(page.header("Content-Security-Policy").contains("default-src 'self'"));
        assertEquals(200, web.anonymous().get("/editor/editor.js").status());
        assertEquals(200, web.anonymous().get("/editor/editor.css").status());
        assertEquals(404, web.anonymous().get("/editor/secrets.txt").status());
    }
}
