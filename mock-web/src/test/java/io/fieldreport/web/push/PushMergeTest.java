package io.fieldreport.web.push;

import static io.fieldreport.web.support.Records.ANA_LAPTOP;
import static io.fieldreport.web.support.Records.BEN_LAPTOP;
import static io.fieldreport.web.support.Records.at;
import static io.fieldreport.web.support.Records.change;
import static io.fieldreport.web.support.Records.comment;
import static io.fieldreport.web.support.Records.edit;
import static io.fieldreport.web.support.Records.push;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.clock.Stamp;
import io.fieldreport.sync.clock.Stamped;
import io.fieldreport.sync.protocol.Change;
import io.fieldreport.sync.protocol.ChangeOutcome;
import io.fieldreport.sync.protocol.ChangeResult;
import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.sync.protocol.InspectionStatus;
import io.fieldreport.sync.protocol.PushResponse;
import io.fieldreport.sync.protocol.Rating;
import io.fieldreport.web.admin.CommentState;
import io.fieldreport.web.editor.WebEdit;
import io.fieldreport.web.storage.WebHistoryEntry;
import io.fieldreport.web.support.Api;
import io.fieldreport.web.support.Reply;
import io.fieldreport.web.support.TestWeb;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PushMergeTest {

    @RegisterExtension
    static final TestWeb web = TestWeb.perClass();
    UUID inspection;
    Api ana;
    Api ben;

    @BeforeEach
    void freshInspection() {
        inspection = web.newInspection();
        ana = web.ana();
        ben = web.ben();
    }

    private List<ChangeResult> pushAs(Api who, String device, Change... changes) {
        Reply r = who.post(io.fieldreport.web.support.Records.push(inspection), push(device, changes));
        assertEquals(200, r.status(), r.text());
        return r.as(PushResponse.class).results();
    }

    private CommentState onWeb(UUID commentId) {
        return web.admin().inspection(inspection).comment(commentId).orElseThrow();
    }

    private CommentRecord newComment(String text, int minute) {
        var c = comment(UUID.randomUUID(), "roof.coverings", text, Rating.MAINTENANCE, at(minute, ANA_LAPTOP), "Ana Reyes");
        assertEquals(ChangeOutcome.APPLIED, pushAs(ana, ANA_LAPTOP, change(c)).get(0).outcome());
        return c;
    }

    @Test
    void aNewCommentIsAppliedAndStartsTheInspection() {
        assertEquals(InspectionStatus.SCHEDULED, web.record(inspection).status());
        var c = newComment("Shingles worn", 1);
        assertEquals(c, onWeb(c.id()).comment());
        assertEquals(InspectionStatus.IN_PROGRESS, web.record(inspection).status());
    }

    @Test
    void theNewerTextWinsAndTheOlderOneIsKeptInHistory() {
        var c = newComment("Shingles worn", 1);
        var newer = edit(c, new Stamped<>("Shingles worn and curling", at(5, BEN_LAPTOP), "Ben Okafor"), null, null);
        assertEquals(ChangeOutcome.APPLIED, pushAs(ben, BEN_LAPTOP, change(newer)).get(0).outcome());

        CommentState state = onWeb(c.id());
        assertEquals("Shingles worn and curling", state.comment().text().value());
        assertEquals("Ben Okafor", state.comment().text().author());
        assertEquals(Rating.MAINTENANCE, state.comment().rating().value(), "the rating was not part of Ben's edit");
        WebHistoryEntry lost = state.history().get(0);
        assertEquals(List.of("text", "Shingles worn", "Ana Reyes"), List.of(lost.field(), lost.value(), lost.author()));
    }

    @Test
    void anOlderEditLosesPerFieldAndTheAnswerCarriesTheWebsVersion() {
        var c = newComment("Shingles worn", 1);
        pushAs(ben, BEN_LAPTOP, change(edit(c, new Stamped<>("Ben's newer text", at(9, BEN_LAPTOP), "Ben Okafor"),
                null, null)));
        // Ana edited text and rating offline at minute 5: her text loses, her rating wins.
        var stale = edit(c, new Stamped<>("Ana's older text", at(5, ANA_LAPTOP), "Ana Reyes"),
                new Stamped<>(Rating.DEFECT, at(5, ANA_LAPTOP), "Ana Reyes"), null);
        ChangeResult result = pushAs(ana, ANA_LAPTOP, change(stale)).get(0);

        assertEquals(ChangeOutcome.SUPERSEDED, result.outcome());
        assertEquals(List.of("text"), result.lostFields());
        assertEquals("Ben's newer text", result.comment().text().value());
        assertEquals(Rating.DEFECT, result.comment().rating().value());
        CommentState state = onWeb(c.id());
        assertEquals(result.comment(), state.comment());
        assertTrue(state.history().stream().anyMatch(h -> h.value().equals("Ana's older text")),
                "the losing incoming text is kept: " + state.history());
    }

    @Test
    void equalMillisAndCounterAreOrderedByDeviceId() {
        var c = newComment("first", 1);
        Stamp a = new Stamp(at(7, ANA_LAPTOP).millis(), 3, "lap-aaaaaaaaaaaa");
        Stamp b = new Stamp(at(7, BEN_LAPTOP).millis(), 3, "lap-bbbbbbbbbbbb");
        pushAs(ben, BEN_LAPTOP, change(edit(c, new Stamped<>("from b", b, "Ben Okafor"), null, null)));
        ChangeResult fromA = pushAs(ana, ANA_LAPTOP, change(edit(c, new Stamped<>("from a", a, "Ana Reyes"), null, null)))
                .get(0);

        assertEquals(ChangeOutcome.SUPERSEDED, fromA.outcome(), "lap-b sorts after lap-a, so b's edit wins the tie");
        assertEquals("from b", onWeb(c.id()).comment().text().value());
    }

    @Test
    void anIdenticalStampIsTheSameEditAndCountsAsApplied() {
        var c = newComment("same", 1);
        long seq = web.admin().inspection(inspection).changeSequence();
        ChangeResult again = pushAs(ana, ANA_LAPTOP, change(c)).get(0);
        assertEquals(ChangeOutcome.APPLIED, again.outcome());
        assertEquals(seq, web.admin().inspection(inspection).changeSequence(), "nothing changed, no new sequence number");
        assertTrue(onWeb(c.id()).history().isEmpty());
    }

    @Test
    void aNewerTombstoneDeletesAndAnOlderOneLoses() {
        var c = newComment("to delete", 1);
        Stamp beforeCreation = new Stamp(at(1, ANA_LAPTOP).millis() - 1, 0, BEN_LAPTOP);
        var olderDelete = edit(c, null, null, new Stamped<>(true, beforeCreation, "Ben Okafor"));
        assertEquals(ChangeOutcome.SUPERSEDED, pushAs(ben, BEN_LAPTOP, change(olderDelete)).get(0).outcome());
        assertFalse(onWeb(c.id()).comment().deleted().value());

        var newerDelete = edit(c, null, null, new Stamped<>(true, at(3, BEN_LAPTOP), "Ben Okafor"));
        assertEquals(ChangeOutcome.APPLIED, pushAs(ben, BEN_LAPTOP, change(newerDelete)).get(0).outcome());
        CommentState state = onWeb(c.id());
        assertTrue(state.comment().deleted().value(), "a tombstone is a field like any other");
        assertEquals("to delete", state.comment().text().value(), "a deleted comment still exists as a record");

        var restore = edit(c, null, null, new Stamped<>(false, at(4, ANA_LAPTOP), "Ana Reyes"));
        assertEquals(ChangeOutcome.APPLIED, pushAs(ana, ANA_LAPTOP, change(restore)).get(0).outcome());
        assertFalse(onWeb(c.id()).comment().deleted().value(), "a newer undelete beats the tombstone");
    }

    @Test
    void replayingAPushChangesNothingAndGetsTheSameAnswers() {
        var c = newComment("base", 1);
        Change win = change(edit(c, new Stamped<>("newer", at(6, ANA_LAPTOP), "Ana Reyes"), null, null));
        Change lose = change(edit(c, new Stamped<>("older", at(2, BEN_LAPTOP), "Ben Okafor"), null, null));
        List<ChangeResult> first = pushAs(ana, ANA_LAPTOP, win, lose);
        var before = web.admin().inspection(inspection);

        List<ChangeResult> second = pushAs(ana, ANA_LAPTOP, win, lose);
        List<ChangeResult> third = pushAs(ana, ANA_LAPTOP, win, lose);

        assertEquals(first, second);
        assertEquals(first, third);
        assertEquals(before, web.admin().inspection(inspection), "the web holds exactly what it held after the first push");
    }

    @Test
    void aChangeIdReusedInAnotherInspectionIsAppliedThereAndNotTakenForAReplay() {
        var here = newComment("here", 1);
        UUID reused = UUID.randomUUID();
        pushAs(ana, ANA_LAPTOP, Change.of(reused, edit(here, new Stamped<>("here, edited", at(2, ANA_LAPTOP), "Ana Reyes"),
                null, null)));
        UUID other = web.newInspection();
        var there = comment(UUID.randomUUID(), "roof.flashings", "there", null, at(3, ANA_LAPTOP), "Ana Reyes");

        Reply r = ana.post(io.fieldreport.web.support.Records.push(other), push(ANA_LAPTOP, Change.of(reused, there)));

        assertEquals(ChangeOutcome.APPLIED, r.as(PushResponse.class).results().get(0).outcome(), r.text());
        assertEquals("there", web.admin().inspection(other).textOf(there.id()).orElseThrow(),
                "the change was applied, not answered as a replay of the other inspection's");
        assertEquals("here, edited", onWeb(here.id()).comment().text().value());
    }

    @Test
    void aNewerLaptopEditBeatsAnEarlierWebEditAndTheWebsVersionIsKept() {
        var c = newComment("Furnace filter dirty", 1);
        CommentRecord office = web.admin().webEdit(web.demo().office().id(), inspection, c.id(),
                WebEdit.text("Office: filter to be replaced"));
        var later = edit(c, new Stamped<>("Filter replaced on site", at(30, ANA_LAPTOP), "Ana Reyes"), null, null);
        assertTrue(later.text().stamp().isAfter(office.text().stamp()), "the laptop's edit is the later one");

        ChangeResult result = pushAs(ana, ANA_LAPTOP, change(later)).get(0);

        assertEquals(ChangeOutcome.APPLIED, result.outcome());
        CommentState state = onWeb(c.id());
        assertEquals("Filter replaced on site", state.comment().text().value());
        WebHistoryEntry kept = state.history().stream().filter(h -> "Office: filter to be replaced".equals(h.value()))
                .findFirst().orElseThrow(() -> new AssertionError("the web's version is not in history: " + state.history()));
        assertEquals("Olivia Grant", kept.author());
        assertEquals("web", kept.stamp().device());
        assertEquals("Ana Reyes", kept.winnerAuthor());
    }

    @Test
    void aReplayOfASupersededChangeCarriesTheWebsCurrentVersion() {
        var c = newComment("base", 1);
        Change stale = change(edit(c, new Stamped<>("stale", at(0, BEN_LAPTOP), "Ben Okafor"), null, null));
        pushAs(ben, BEN_LAPTOP, stale);
        pushAs(ana, ANA_LAPTOP, change(edit(c, new Stamped<>("latest", at(8, ANA_LAPTOP), "Ana Reyes"), null, null)));

        ChangeResult replay = pushAs(ben, BEN_LAPTOP, stale).get(0);
        assertEquals(ChangeOutcome.SUPERSEDED, replay.outcome());
        assertEquals("latest", replay.comment().text().value());
    }

    @Test
    void aPublishedInspectionRejectsTheWholePushWithAReason() {
        var c = newComment("before publishing", 1);
        web.admin().publish(inspection);
        var other = comment(UUID.randomUUID(), "roof.flashings", "late", Rating.DEFECT, at(9, ANA_LAPTOP), "Ana Reyes");
        var late = edit(c, new Stamped<>("too late", at(9, ANA_LAPTOP), "Ana Reyes"), null, null);
        List<ChangeResult> results = pushAs(ana, ANA_LAPTOP, change(other), change(late));

        for (ChangeResult r : results) {
            assertEquals(ChangeOutcome.REJECTED, r.outcome());
            assertEquals("inspection_published", r.reason());
            assertFalse(r.retryable());
            assertTrue(r.message().contains("published this report on 22 Nov 2026"), r.message());
        }
        var state = web.admin().inspection(inspection);
        assertEquals(1, state.comments().size());
        assertEquals("before publishing", state.textOf(c.id()).orElseThrow());
    }

    @Test
    void checksRejectOneChangeAndTheRestOfThePushGoesOn() {
        var c = newComment("exists", 1);
        UUID otherInspection = web.newInspection();
        var elsewhere = comment(UUID.randomUUID(), "roof.coverings", "elsewhere", null, at(1, ANA_LAPTOP), "Ana Reyes");
        ana.post(io.fieldreport.web.support.Records.push(otherInspection), push(ANA_LAPTOP, change(elsewhere)));

        var unknownItem = comment(UUID.randomUUID(), "roof.no-such-item", "x", null, at(2, ANA_LAPTOP), "Ana Reyes");
        var wrongInspection = edit(elsewhere, new Stamped<>("moved?", at(3, ANA_LAPTOP), "Ana Reyes"), null, null);
        var otherItem = new CommentRecord(c.id(), "roof.flashings", c.created(),
                new Stamped<>("moved item", at(3, ANA_LAPTOP), "Ana Reyes"), null, null);
        var incomplete = new CommentRecord(UUID.randomUUID(), "roof.coverings", at(3, ANA_LAPTOP),
                new Stamped<>("only text", at(3, ANA_LAPTOP), "Ana Reyes"), null, null);
        var fine = comment(UUID.randomUUID(), "plumbing.fixtures", "fine", Rating.SATISFACTORY, at(4, ANA_LAPTOP), "Ana Reyes");

        List<ChangeResult> results = pushAs(ana, ANA_LAPTOP, change(unknownItem), change(wrongInspection),
                change(otherItem), change(incomplete), change(fine));

        assertEquals(List.of("unknown_item", "wrong_inspection", "item_mismatch", "incomplete"),
                results.subList(0, 4).stream().map(ChangeResult::reason).toList());
        results.subList(0, 4).forEach(r -> assertFalse(r.retryable(), r.reason()));
        assertEquals(ChangeOutcome.APPLIED, results.get(4).outcome());
        var state = web.admin().inspection(inspection);
        assertEquals(2, state.comments().size(), "only the original and the fine comment");
        assertEquals("exists", state.textOf(c.id()).orElseThrow());
    }

    @Test
    void aWebEditAfterAFutureStampedPushStillWins() {
        var c = newComment("base", 1);
        // A laptop whose clock runs an hour ahead.
        pushAs(ana, ANA_LAPTOP, change(edit(c, new Stamped<>("from the future", at(60, ANA_LAPTOP), "Ana Reyes"),
                null, null)));
        CommentRecord edited = web.admin().webEdit(web.demo().office().id(), inspection, c.id(), WebEdit.text("office fix"));

        assertEquals("office fix", edited.text().value());
        assertEquals("web", edited.text().stamp().device());
        assertTrue(edited.text().stamp().isAfter(at(60, ANA_LAPTOP)), "the web's clock advanced past the pushed stamp");
    }
}
