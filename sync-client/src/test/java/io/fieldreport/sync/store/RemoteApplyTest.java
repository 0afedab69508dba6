package io.fieldreport.sync.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.clock.Stamp;
import io.fieldreport.sync.clock.Stamped;
import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.sync.protocol.Fields;
import io.fieldreport.sync.protocol.InspectionRecord;
import io.fieldreport.sync.protocol.InspectionStatus;
import io.fieldreport.sync.protocol.PullResponse;
import io.fieldreport.sync.protocol.Rating;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pulled comment is merged field by field: the newer edit of each field wins, the loser is kept. */
class RemoteApplyTest {

    @TempDir
    Path dir;
    private ProfileFixture f;
    private RemoteApply apply;

    @BeforeEach
    void open() {
        f = new ProfileFixture(dir.resolve("profile"));
        apply = new RemoteApply(f.profile.db(), f.profile.clock(), f.history, f.outbox,
                new RejectedChanges(f.profile.db(), f.codec), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aNewerFieldFromTheWebWinsAnOlderOneLosesAndTheUnsentLocalLoserIsAnOpenConflict() {
        var mine = f.edits.addComment(f.inspection, "roof.coverings", "Shingles worn", Rating.MAINTENANCE);
        Stamp local = mine.text().stamp();
        var theirs = new CommentRecord(mine.id(), mine.itemId(), mine.created(),
                new Stamped<>("Shingles worn; replace within a year", later(local), "Olivia"),
                new Stamped<>(Rating.SAFETY, earlier(local), "Olivia"), mine.deleted());

        var counts = apply.applyPage(f.inspection, page(theirs));

        var now = f.report.comment(mine.id()).orElseThrow();
        assertEquals(theirs.text(), now.text(), "the newer text from the web wins");
        assertEquals(mine.rating(), now.rating(), "the older rating from the web loses");
        assertEquals(1, counts.changedHere());
        assertEquals(1, counts.conflicts());
        var kept = f.history.forEntity(mine.id());
        assertEquals(1, kept.size(), kept.toString());
        HistoryEntry lost = kept.get(0);
        assertEquals(Fields.TEXT, lost.field());
        assertEquals(f.codec.encode("Shingles worn"), lost.valueJson());
        assertEquals(local, lost.stamp());
        assertEquals("Olivia", lost.winnerAuthor());
        assertEquals(HistoryEntry.Conflict.OPEN, lost.conflict(), "it was this laptop's unsent edit");
        assertEquals(List.of(lost), f.history.openConflicts(f.inspection));
    }

    @Test
    void aLocalVersionTheWebAlreadyHadIsKeptInHistoryButIsNoConflict() {
        var mine = f.edits.addComment(f.inspection, "roof.coverings", "Shingles worn", Rating.MAINTENANCE);
        f.outbox.pending(null, 0, 10).forEach(e -> f.profile.db().transaction(c -> f.outbox.acknowledge(c, e.changeId())));
        var theirs = new CommentRecord(mine.id(), mine.itemId(), mine.created(), null,
                new Stamped<>(Rating.DEFECT, later(mine.rating().stamp()), "Olivia"), null);

        var counts = apply.applyPage(f.inspection, page(theirs));

        var now = f.report.comment(mine.id()).orElseThrow();
        assertEquals(Rating.DEFECT, now.rating().value());
        assertEquals(mine.text(), now.text(), "a field the page does not carry stays");
        assertEquals(0, counts.conflicts());
        var kept = f.history.forEntity(mine.id());
        assertEquals(1, kept.size());
        assertEquals(Fields.RATING, kept.get(0).field());
        assertEquals(HistoryEntry.Conflict.NONE, kept.get(0).conflict());
        assertTrue(f.history.openConflicts(null).isEmpty());
    }

    @Test
    void aPageWhoseFieldsAreAllOlderChangesNothing() {
        var mine = f.edits.addComment(f.inspection, "roof.coverings", "Shingles worn", Rating.MAINTENANCE);
        var theirs = new CommentRecord(mine.id(), mine.itemId(), mine.created(),
                new Stamped<>("an old text", earlier(mine.text().stamp()), "Olivia"),
                new Stamped<>(Rating.SAFETY, earlier(mine.rating().stamp()), "Olivia"), mine.deleted());

        var counts = apply.applyPage(f.inspection, page(theirs));

        assertEquals(mine, f.report.comment(mine.id()).orElseThrow());
        assertEquals(0, counts.changedHere());
        assertTrue(f.history.forEntity(mine.id()).isEmpty());
    }

    private PullResponse page(CommentRecord comment) {
        var header = new InspectionRecord(f.inspection, "12 Elm St", "R. Diaz", LocalDate.of(2026, 11, 23),
                InspectionStatus.IN_PROGRESS, List.of("Ana"));
        return new PullResponse(header, List.of(comment), List.of(), "cursor-1", false);
    }

    private static Stamp later(Stamp s) {
        return new Stamp(s.millis() + 60_000, 0, "web");
    }

    private static Stamp earlier(Stamp s) {
        return new Stamp(s.millis() - 60_000, 0, "web");
    }
}
