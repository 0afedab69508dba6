package io.fieldreport.sync.protocol;

import static io.fieldreport.sync.protocol.Samples.COMMENT;
import static io.fieldreport.sync.protocol.Samples.stamp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.clock.Stamped;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordMergeTest {

    private final CommentRecord base = Samples.comment("Shingles worn", Rating.MAINTENANCE, 1_000, "lap-a");

    private CommentRecord textEdit(String text, long millis, String device, String author) {
        return new CommentRecord(COMMENT, base.itemId(), base.created(),
                new Stamped<>(text, stamp(millis, device), author), null, null);
    }

    private CommentRecord ratingEdit(Rating rating, long millis, String device, String author) {
        return new CommentRecord(COMMENT, base.itemId(), base.created(), null,
                new Stamped<>(rating, stamp(millis, device), author), null);
    }

    @Test
    void aRatingChangedOnOneLaptopAndTheTextOnAnotherBothSurvive() {
        var ratingOnA = ratingEdit(Rating.DEFECT, 3_000, "lap-a", "Ana");
        var textOnB = textEdit("Shingles curling at the ridge", 2_000, "lap-b", "Ben");

        var webAfterA = RecordMerge.merge(base, ratingOnA).merged();
        var web = RecordMerge.merge(webAfterA, textOnB).merged();

        assertEquals(Rating.DEFECT, web.rating().value());
        assertEquals("Shingles curling at the ridge", web.text().value());
        assertEquals("Ben", web.text().author());
        assertEquals("Ana", web.rating().author());
    }

    @Test
    void theOlderTextLosesWhicheverOrderTheEditsArrive() {
        var older = textEdit("older", 2_000, "lap-b", "Ben");
        var newer = textEdit("newer", 3_000, "lap-a", "Ana");
        var oneWay = RecordMerge.merge(RecordMerge.merge(base, older).merged(), newer);
        var otherWay = RecordMerge.merge(RecordMerge.merge(base, newer).merged(), older);

        assertEquals("newer", oneWay.merged().text().value());
        assertEquals(oneWay.merged(), otherWay.merged());
        assertEquals(List.of("text"), otherWay.lostFields());
        assertEquals("older", otherWay.incomingLost().get(0).loser().value());
        assertEquals("newer", otherWay.incomingLost().get(0).winner().value());
        assertEquals("older", oneWay.currentLost().get(0).loser().value(), "the replaced version is reported too");
    }

    @Test
    void equalTimesGoToTheHigherDeviceIdOnEveryReplica() {
        var fromA = textEdit("from a", 2_000, "lap-a", "Ana");
        var fromB = textEdit("from b", 2_000, "lap-b", "Ben");
        assertEquals("from b", RecordMerge.merge(RecordMerge.merge(base, fromA).merged(), fromB).merged().text().value());
        assertEquals("from b", RecordMerge.merge(RecordMerge.merge(base, fromB).merged(), fromA).merged().text().value());
    }

    @Test
    void aTombstoneWinsOrLosesByItsStampLikeAnyEdit() {
        var delete = new CommentRecord(COMMENT, base.itemId(), base.created(), null, null,
                new Stamped<>(true, stamp(2_000, "lap-b"), "Ben"));
        var laterUndelete = new CommentRecord(COMMENT, base.itemId(), base.created(), null, null,
                new Stamped<>(false, stamp(3_000, "lap-a"), "Ana"));
        assertTrue(RecordMerge.merge(base, delete).merged().deleted().value());
        assertFalse(RecordMerge.merge(RecordMerge.merge(base, laterUndelete).merged(), delete)
                .merged().deleted().value());
    }

    @Test
    void replayingTheSameEditChangesNothing() {
        var edit = textEdit("again", 2_000, "lap-a", "Ana");
        var once = RecordMerge.merge(base, edit).merged();
        var twice = RecordMerge.merge(once, edit);
        assertEquals(once, twice.merged());
        assertFalse(twice.changed());
        assertTrue(twice.incomingLost().isEmpty());
    }
}
