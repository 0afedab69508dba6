package io.fieldreport.sync.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.clock.Stamp;
import io.fieldreport.sync.protocol.InspectionRecord;
import io.fieldreport.sync.protocol.InspectionStatus;
import io.fieldreport.sync.protocol.PhotoRecord;
import io.fieldreport.sync.protocol.Rating;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalEditsTest {

    @TempDir
    Path dir;
    ProfileFixture f;

    @BeforeEach
    void open() {
        f = new ProfileFixture(dir.resolve("profile"));
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aNewCommentIsStoredWithItsOutboxEntry() {
        var comment = f.edits.addComment(f.inspection, "roof.coverings", "Shingles worn", Rating.MAINTENANCE);

        assertEquals(comment, f.report.comment(comment.id()).orElseThrow());
        var pending = f.outbox.pending(null, 0, 10);
        assertEquals(1, pending.size());
        assertEquals(comment, pending.get(0).change().comment());
        assertEquals("Ana", comment.text().author());
        assertEquals(f.profile.deviceId(), comment.text().stamp().device());
    }

    @Test
    void whenTheOutboxWriteFailsTheCommentIsNotWrittenEither() {
        f.execute("CREATE TRIGGER crash BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'disk gone'); END");

        assertThrows(StoreException.class,
                () -> f.edits.addComment(f.inspection, "roof.coverings", "lost?", Rating.DEFECT));

        assertEquals(0, f.rows("comments"));
        assertEquals(0, f.rows("outbox"));
    }

    @Test
    void whenTheOutboxUpdateFailsTheEditIsNotAppliedEither() {
        var comment = f.edits.addComment(f.inspection, "roof.coverings", "first", null);
        f.execute("CREATE TRIGGER crash BEFORE UPDATE ON outbox BEGIN SELECT RAISE(ABORT, 'disk gone'); END");

        assertThrows(StoreException.class, () -> f.edits.editComment(comment.id(), CommentEdit.text("second")));

        assertEquals("first", f.report.comment(comment.id()).orElseThrow().text().value());
        assertEquals("first", f.outbox.pending(null, 0, 10).get(0).change().comment().text().value());
    }

    @Test
    void whenAPhotosOutboxEntryFailsNeitherItsRowNorItsFileRecordIsWritten() throws Exception {
        var comment = f.edits.addComment(f.inspection, "roof.coverings", "see photo", null);
        Path jpeg = Files.write(dir.resolve("p.jpg"), new byte[] {1, 2, 3});
        f.execute("""
                CREATE TRIGGER crash BEFORE INSERT ON outbox WHEN NEW.entity = 'photo'
                BEGIN SELECT RAISE(ABORT, 'disk gone'); END""");

        assertThrows(StoreException.class, () -> f.edits.addPhoto(comment.id(), jpeg, "north"));

        assertEquals(0, f.rows("photos"));
        assertEquals(0, f.rows("photo_files"));
        assertEquals(1, f.rows("outbox"), "only the comment's entry");
        f.execute("DROP TRIGGER crash");
        var photo = f.edits.addPhoto(comment.id(), jpeg, "north");
        assertEquals(photo, f.report.photo(photo.id()).orElseThrow(), "the next try goes through");
    }

    @Test
    void whenAReducedPhotosOriginalCannotBeRecordedNothingOfThePhotoIsWritten() throws Exception {
        var comment = f.edits.addComment(f.inspection, "roof.coverings", "see photo", null);
        Path original = Files.write(dir.resolve("big.jpg"), new byte[] {1, 2, 3, 4, 5, 6});
        Path reduced = Files.write(dir.resolve("small.jpg"), new byte[] {1, 2});
        f.execute("CREATE TRIGGER crash BEFORE INSERT ON photo_originals BEGIN SELECT RAISE(ABORT, 'disk gone'); END");

        assertThrows(StoreException.class, () -> f.edits.addReducedPhoto(comment.id(), original, reduced, "north"));

        assertEquals(0, f.rows("photos"));
        assertEquals(0, f.rows("photo_files"));
        assertEquals(0, f.rows("photo_originals"));
        assertEquals(1, f.rows("outbox"));
    }

    @Test
    void whenADeletesOutboxEntryFailsTheCommentStaysLive() {
        var comment = f.edits.addComment(f.inspection, "roof.coverings", "keep me", null);
        acknowledgeAll(); // the delete then needs a new entry
        f.execute("CREATE TRIGGER crash BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'disk gone'); END");

        assertThrows(StoreException.class, () -> f.edits.deleteComment(comment.id()));

        assertEquals(comment, f.report.comment(comment.id()).orElseThrow());
        assertEquals(0, f.rows("outbox"));
    }

    @Test
    void whenACaptionEditsOutboxUpdateFailsTheOldCaptionStaysEverywhere() throws Exception {
        var photo = photo("north");
        f.execute("CREATE TRIGGER crash BEFORE UPDATE ON outbox BEGIN SELECT RAISE(ABORT, 'disk gone'); END");

        assertThrows(StoreException.class, () -> f.edits.editCaption(photo.id(), "south"));

        assertEquals(photo, f.report.photo(photo.id()).orElseThrow());
        assertEquals("north", f.outbox.pendingFor(photo.id()).orElseThrow().change().photo().caption().value());
    }

    @Test
    void whenAPhotoDeletesOutboxEntryFailsThePhotoStaysLive() throws Exception {
        var photo = photo("north");
        acknowledgeAll();
        f.execute("CREATE TRIGGER crash BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'disk gone'); END");

        assertThrows(StoreException.class, () -> f.edits.deletePhoto(photo.id()));

        assertEquals(photo, f.report.photo(photo.id()).orElseThrow());
        assertEquals(0, f.rows("outbox"));
    }

    private PhotoRecord photo(String caption) throws Exception {
        var comment = f.edits.addComment(f.inspection, "roof.coverings", "see photo", null);
        Path jpeg = Files.write(dir.resolve(caption + ".jpg"), caption.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return f.edits.addPhoto(comment.id(), jpeg, caption);
    }

    private void acknowledgeAll() {
        f.outbox.pending(null, 0, 100).forEach(e -> f.profile.db().transaction(c -> f.outbox.acknowledge(c, e.changeId())));
    }

    @Test
    void onlyTheChangedFieldGetsANewStamp() {
        var comment = f.edits.addComment(f.inspection, "roof.coverings", "Shingles worn", Rating.MAINTENANCE);
        var edited = f.edits.editComment(comment.id(), CommentEdit.rating(Rating.DEFECT));

        assertEquals(comment.text(), edited.text());
        assertTrue(edited.rating().stamp().isAfter(comment.rating().stamp()));
        assertEquals(Rating.DEFECT, edited.rating().value());
    }

    @Test
    void anEditThatChangesNothingWritesNothing() {
        var comment = f.edits.addComment(f.inspection, "roof.coverings", "same", Rating.DEFECT);
        f.outbox.pending(null, 0, 10).forEach(e -> f.profile.db().transaction(c -> f.outbox.acknowledge(c, e.changeId())));

        var again = f.edits.editComment(comment.id(), CommentEdit.textAndRating("same", Rating.DEFECT));

        assertEquals(comment, again);
        assertEquals(0, f.outbox.count(null));
    }

    @Test
    void laterEditsMergeIntoThePendingEntryUnderANewChangeIdAndKeepItsPlace() {
        var first = f.edits.addComment(f.inspection, "roof.coverings", "a", null);
        var second = f.edits.addComment(f.inspection, "roof.flashings", "b", null);
        var before = f.outbox.pending(null, 0, 10);

        f.edits.editComment(first.id(), CommentEdit.text("a, edited"));

        var after = f.outbox.pending(null, 0, 10);
        assertEquals(2, after.size());
        assertEquals(first.id(), after.get(0).change().entityId(), "still queued before the second comment");
        assertEquals(before.get(0).seq(), after.get(0).seq());
        assertNotEquals(before.get(0).changeId(), after.get(0).changeId());
        var merged = after.get(0).change().comment();
        assertEquals("a, edited", merged.text().value());
        assertTrue(merged.isComplete(), "the creation's other fields are still carried");
        assertEquals(second.id(), after.get(1).change().entityId());
    }

    @Test
    void anAcknowledgementForAChangeIdThatWasMergedMeanwhileKeepsTheNewerEdit() {
        var comment = f.edits.addComment(f.inspection, "roof.coverings", "typed before Save", null);
        var inFlight = f.outbox.pending(null, 0, 10).get(0);

        f.edits.editComment(comment.id(), CommentEdit.text("typed during Save"));
        boolean removed = f.profile.db().transaction(c -> f.outbox.acknowledge(c, inFlight.changeId()));

        assertFalse(removed);
        var pending = f.outbox.pending(null, 0, 10);
        assertEquals(1, pending.size());
        assertEquals("typed during Save", pending.get(0).change().comment().text().value());
    }

    @Test
    void deletingWritesATombstoneNotARemoval() {
        var comment = f.edits.addComment(f.inspection, "roof.coverings", "gone soon", null);
        f.edits.deleteComment(comment.id());

        var stored = f.report.comment(comment.id()).orElseThrow();
        assertTrue(stored.deleted().value());
        assertEquals("gone soon", stored.text().value());
        assertTrue(f.outbox.pending(null, 0, 10).get(0).change().comment().deleted().value());
    }

    @Test
    void aPublishedInspectionRefusesEditsWithTheReason() {
        var comment = f.edits.addComment(f.inspection, "roof.coverings", "before publishing", null);
        f.profile.db().transaction(c -> {
            InspectionStore.saveHeader(c, new InspectionRecord(f.inspection, "12 Elm St", "R. Diaz", null,
                    InspectionStatus.PUBLISHED, List.of()));
            return null;
        });

        var e = assertThrows(EditRejectedException.class,
                () -> f.edits.editComment(comment.id(), CommentEdit.text("after")));
        assertTrue(e.getMessage().contains("published"), e.getMessage());
        assertEquals("before publishing", f.report.comment(comment.id()).orElseThrow().text().value());
    }

    @Test
    void unknownItemsCommentsAndSignedOutProfilesGetClearErrors() {
        var noItem = assertThrows(EditRejectedException.class,
                () -> f.edits.addComment(f.inspection, "roof.nope", "x", null));
        assertTrue(noItem.getMessage().contains("no item 'roof.nope'"), noItem.getMessage());

        var noComment = assertThrows(EditRejectedException.class,
                () -> f.edits.editComment(java.util.UUID.randomUUID(), CommentEdit.text("x")));
        assertTrue(noComment.getMessage().contains("no comment"), noComment.getMessage());

        f.profile.settings().remove(LocalEdits.USER_NAME);
        var signedOut = assertThrows(EditRejectedException.class,
                () -> f.edits.addComment(f.inspection, "roof.coverings", "x", null));
        assertTrue(signedOut.getMessage().contains("Sign in"), signedOut.getMessage());
        assertEquals(0, f.rows("comments"));
    }

    @Test
    void photosAreStoredOnceByHashAndTheRowPointsAtCompleteBytes() throws Exception {
        var comment = f.edits.addComment(f.inspection, "roof.coverings", "see photos", null);
        Path jpeg = dir.resolve("roof.jpg");
        Files.write(jpeg, new byte[] {1, 2, 3, 4, 5});

        var one = f.edits.addPhoto(comment.id(), jpeg, "north");
        var two = f.edits.addPhoto(comment.id(), jpeg, "north again");

        assertEquals(one.content().value(), two.content().value());
        Path stored = f.profile.photos().path(one.content().value().sha256());
        assertEquals(5, Files.size(stored));
        try (var files = Files.walk(f.profile.dir().resolve(Profile.PHOTOS_FOLDER))) {
            assertEquals(1, files.filter(Files::isRegularFile).count(), "same bytes, one file");
        }
        assertEquals(2, f.report.photos(f.inspection, comment.id()).size());
        assertEquals(3, f.outbox.count(f.inspection));
    }

    @Test
    void photoCaptionsAndDeletesAreStampedEdits() throws Exception {
        var comment = f.edits.addComment(f.inspection, "roof.coverings", "see photo", null);
        Path jpeg = Files.write(dir.resolve("p.jpg"), new byte[] {9});
        var photo = f.edits.addPhoto(comment.id(), jpeg, "");

        var captioned = f.edits.editCaption(photo.id(), "Chimney flashing");
        var deleted = f.edits.deletePhoto(photo.id());

        assertEquals("Chimney flashing", deleted.caption().value());
        assertTrue(deleted.deleted().value());
        assertTrue(deleted.deleted().stamp().isAfter(captioned.caption().stamp()));
        var pending = f.outbox.pendingFor(photo.id()).orElseThrow();
        assertEquals("Chimney flashing", pending.change().photo().caption().value());
        assertTrue(pending.change().photo().deleted().value());
    }

    @Test
    void stampsKeepRisingAfterARestartWithTheClockSetBack() {
        var before = f.edits.addComment(f.inspection, "roof.coverings", "today", null);
        f.close();
        var yesterday = Clock.fixed(Instant.ofEpochMilli(before.created().millis() - 86_400_000L), ZoneOffset.UTC);
        try (Profile reopened = Profile.open(dir.resolve("profile"), yesterday)) {
            Stamp next = reopened.clock().now();
            assertTrue(next.isAfter(before.created()), next + " after " + before.created());
            assertEquals(f.profile.deviceId(), reopened.deviceId(), "the device id belongs to the profile");
        }
        f = new ProfileFixture(dir.resolve("again"));
    }
}
