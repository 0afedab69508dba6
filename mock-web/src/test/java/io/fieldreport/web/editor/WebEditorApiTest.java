package io.fieldreport.web.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        Reply r = web.office().post(editPath(), new CommentEditRequest("Furnace filter dirty; replace now.", "defect"));
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
        CommentRecord edited = web.office().post(editPath(), new CommentEditRequest(null, "unrated")).as(CommentRecord.class);
        assertNull(edited.rating().value());
        assertEquals("Furnace filter dirty", edited.text().value());
        assertEquals("Ana Reyes", edited.text().author());
    }

    @Test
    void aBadEditIs400AndChangesNothing() {
        for (String body : new String[] {"{}", "{\"rating\":\"awful\"}", "{\"text\":5}"}) {
            Reply r = web.office().raw("POST", editPath(), body);
            assertEquals(400, r.status(), body + " -> " + r.text());
        }
        assertEquals("Furnace filter dirty", web.admin().inspection(inspection).textOf(comment.id()).orElseThrow());
    }

    @Test
    void publishingMarksTheInspectionAndStopsEdits() {
        Reply r = web.office().post(Records.path(inspection, "/publish"), "{}");
        assertEquals(200, r.status(), r.text());
        assertEquals(InspectionStatus.PUBLISHED, r.as(InspectionRecord.class).status());

        Reply edit = web.office().post(editPath(), new CommentEditRequest("after publishing", null));
        assertEquals(409, edit.status());
        assertEquals("inspection_published", edit.error().code());
        var pushed = web.ana().post(Records.push(inspection), Records.push(Records.ANA_LAPTOP, Records.change(
                Records.edit(comment, new io.fieldreport.sync.clock.Stamped<>("late", Records.at(50, Records.ANA_LAPTOP),
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
