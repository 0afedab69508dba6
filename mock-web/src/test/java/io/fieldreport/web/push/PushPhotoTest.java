package io.fieldreport.web.push;

import static io.fieldreport.web.support.Records.ANA_LAPTOP;
import static io.fieldreport.web.support.Records.BEN_LAPTOP;
import static io.fieldreport.web.support.Records.at;
import static io.fieldreport.web.support.Records.change;
import static io.fieldreport.web.support.Records.comment;
import static io.fieldreport.web.support.Records.photo;
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
import io.fieldreport.sync.protocol.PhotoContent;
import io.fieldreport.sync.protocol.PhotoRecord;
import io.fieldreport.sync.protocol.PushResponse;
import io.fieldreport.sync.protocol.Rating;
import io.fieldreport.web.admin.PhotoState;
import io.fieldreport.web.storage.WebHistoryEntry;
import io.fieldreport.web.support.Api;
import io.fieldreport.web.support.PhotoBytes;
import io.fieldreport.web.support.Records;
import io.fieldreport.web.support.Reply;
import io.fieldreport.web.support.TestWeb;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Latest edit wins for photos at the web: caption, content and tombstone, each a field of its own. */
class PushPhotoTest {

    @RegisterExtension
    static final TestWeb web = TestWeb.perClass();
    UUID inspection;
    CommentRecord gutter;
    PhotoContent original;
    PhotoRecord photo;

    /** Ana's comment with one photo, both stamped in her first minutes; the photo's bytes are on the web. */
    @BeforeEach
    void aCommentWithAPhoto() {
        inspection = web.newInspection();
        gutter = comment(UUID.randomUUID(), "roof.drainage", "Gutter pulls away", Rating.MAINTENANCE,
                at(1, ANA_LAPTOP), "Ana Reyes");
        original = PhotoBytes.upload(web.ana(), inspection, PhotoBytes.random(40_000, inspection.hashCode()));
        photo = photo(UUID.randomUUID(), gutter.id(), original, "North gutter", at(2, ANA_LAPTOP), "Ana Reyes");
        List<ChangeResult> results = pushAs(web.ana(), ANA_LAPTOP, change(gutter), change(photo));
        results.forEach(r -> assertEquals(ChangeOutcome.APPLIED, r.outcome(), r.toString()));
    }

    private List<ChangeResult> pushAs(Api who, String device, Change... changes) {
        Reply r = who.post(Records.push(inspection), push(device, changes));
        assertEquals(200, r.status(), r.text());
        return r.as(PushResponse.class).results();
    }

    private PhotoState onWeb() {
        return web.admin().inspection(inspection).photo(photo.id()).orElseThrow();
    }

    /** Only some fields of the photo: what a later edit pushes. */
    private PhotoRecord edit(Stamped<PhotoContent> content, Stamped<String> caption, Stamped<Boolean> deleted) {
        return new PhotoRecord(photo.id(), photo.commentId(), photo.created(), content, caption, deleted);
    }

    private static boolean kept(List<WebHistoryEntry> history, String field, String value) {
        return history.stream().anyMatch(h -> h.field().equals(field) && value.equals(h.value()));
    }

    @Test
    void theNewerCaptionWinsAndAnOlderOneIsSupersededWithBothKeptInHistory() {
        var bens = edit(null, new Stamped<>("North gutter, two hangers missing", at(6, BEN_LAPTOP), "Ben Okafor"), null);
        assertEquals(ChangeOutcome.APPLIED, pushAs(web.ben(), BEN_LAPTOP, change(bens)).get(0).outcome());
        // Ana captioned it offline at minute 4, before Ben: hers loses.
        var anas = edit(null, new Stamped<>("North gutter, loose", at(4, ANA_LAPTOP), "Ana Reyes"), null);
        ChangeResult result = pushAs(web.ana(), ANA_LAPTOP, change(anas)).get(0);

        assertEquals(ChangeOutcome.SUPERSEDED, result.outcome());
        assertEquals(List.of("caption"), result.lostFields());
        assertEquals("North gutter, two hangers missing", result.photo().caption().value());
        PhotoState state = onWeb();
        assertEquals(result.photo(), state.photo(), "the answer carries the web's current photo");
        assertEquals(original, state.photo().content().value(), "a caption edit leaves the content alone");
        assertTrue(kept(state.history(), "caption", "North gutter"), "the caption Ben replaced: " + state.history());
        assertTrue(kept(state.history(), "caption", "North gutter, loose"), "Ana's losing caption: " + state.history());
    }

    @Test
    void newerContentReplacesThePhotosBytesAndTheOldContentGoesToHistory() {
        PhotoContent retaken = PhotoBytes.upload(web.ana(), inspection, PhotoBytes.random(50_000, 77));
        var replace = edit(new Stamped<>(retaken, at(5, ANA_LAPTOP), "Ana Reyes"), null, null);
        assertEquals(ChangeOutcome.APPLIED, pushAs(web.ana(), ANA_LAPTOP, change(replace)).get(0).outcome());

        PhotoState state = onWeb();
        assertEquals(retaken, state.photo().content().value());
        assertTrue(state.bytesStored());
        assertEquals("North gutter", state.photo().caption().value());
        assertTrue(kept(state.history(), "content", original.sha256() + ":" + original.size()),
                "the replaced content can be restored: " + state.history());
        Reply bytes = web.ben().get(Records.path(inspection, "/photos/" + retaken.sha256()));
        assertEquals(200, bytes.status());
        assertEquals(50_000, bytes.body().length);
    }

    @Test
    void anOlderContentEditLosesEvenWhenItsBytesNeverReachedTheWeb() {
        PhotoContent neverUploaded = PhotoBytes.contentOf(PhotoBytes.random(10_000, 78));
        var stale = edit(new Stamped<>(neverUploaded, at(1, BEN_LAPTOP), "Ben Okafor"), null, null);
        ChangeResult result = pushAs(web.ben(), BEN_LAPTOP, change(stale)).get(0);

        assertEquals(ChangeOutcome.SUPERSEDED, result.outcome(), "a losing content needs no bytes: " + result);
        assertEquals(List.of("content"), result.lostFields());
        assertEquals(original, onWeb().photo().content().value());
    }

    @Test
    void aNewerTombstoneDeletesThePhotoAndAnOlderOneLoses() {
        Stamp beforeThePhoto = new Stamp(at(2, ANA_LAPTOP).millis() - 1, 0, BEN_LAPTOP);
        var olderDelete = edit(null, null, new Stamped<>(true, beforeThePhoto, "Ben Okafor"));
        ChangeResult lost = pushAs(web.ben(), BEN_LAPTOP, change(olderDelete)).get(0);
        assertEquals(ChangeOutcome.SUPERSEDED, lost.outcome());
        assertEquals(List.of("deleted"), lost.lostFields());
        assertFalse(onWeb().photo().deleted().value());

        var newerDelete = edit(null, null, new Stamped<>(true, at(7, BEN_LAPTOP), "Ben Okafor"));
        assertEquals(ChangeOutcome.APPLIED, pushAs(web.ben(), BEN_LAPTOP, change(newerDelete)).get(0).outcome());
        PhotoState state = onWeb();
        assertTrue(state.photo().deleted().value());
        assertEquals(original, state.photo().content().value(), "a deleted photo still exists as a record");
        assertTrue(kept(state.history(), "deleted", "false"), "the live version it replaced: " + state.history());

        var restore = edit(null, null, new Stamped<>(false, at(8, ANA_LAPTOP), "Ana Reyes"));
        assertEquals(ChangeOutcome.APPLIED, pushAs(web.ana(), ANA_LAPTOP, change(restore)).get(0).outcome());
        assertFalse(onWeb().photo().deleted().value(), "a newer undelete beats the tombstone");
    }

    @Test
    void aTombstoneIsAcceptedWithoutTheBytesItNames() {
        PhotoContent neverUploaded = PhotoBytes.contentOf(PhotoBytes.random(10_000, 79));
        Stamp s = at(3, ANA_LAPTOP);
        // Taken and deleted offline before any upload: the laptop never sends the bytes.
        var deletedAtOnce = new PhotoRecord(UUID.randomUUID(), gutter.id(), s, new Stamped<>(neverUploaded, s, "Ana Reyes"),
                new Stamped<>("", s, "Ana Reyes"), new Stamped<>(true, new Stamp(s.millis() + 1, 0, ANA_LAPTOP), "Ana Reyes"));
        ChangeResult result = pushAs(web.ana(), ANA_LAPTOP, change(deletedAtOnce)).get(0);

        assertEquals(ChangeOutcome.APPLIED, result.outcome(), result.toString());
        PhotoState state = web.admin().inspection(inspection).photo(deletedAtOnce.id()).orElseThrow();
        assertTrue(state.photo().deleted().value());
        assertFalse(state.bytesStored());
    }

    @Test
    void aDiskFaultReadingStoredBytesIsARetryable500AndThePushIsNotApplied() throws IOException {
        PhotoContent unreadable = PhotoBytes.contentOf(PhotoBytes.random(10_000, 80));
        Path stored = web.dataDir().resolve("photos").resolve(unreadable.sha256().substring(0, 2)).resolve(unreadable.sha256());
        Files.createDirectories(stored.getParent());
        Files.createSymbolicLink(stored, stored.getFileName()); // a link to itself: reading it fails (ELOOP)
        try {
            var comment = comment(UUID.randomUUID(), "roof.flashings", "Flashing loose", null, at(3, ANA_LAPTOP), "Ana Reyes");
            var onIt = photo(UUID.randomUUID(), comment.id(), unreadable, "", at(4, ANA_LAPTOP), "Ana Reyes");
            Reply r = web.ana().post(Records.push(inspection), push(ANA_LAPTOP, change(comment), change(onIt)));

            assertEquals(500, r.status(), r.text());
            assertEquals("internal", r.error().code());
            assertTrue(r.error().retryable(), "a fault of the web's disk, not of the photo: try again");
            assertTrue(web.admin().inspection(inspection).comment(comment.id()).isEmpty(), "the push was rolled back whole");
        } finally {
            Files.delete(stored);
        }
    }
}
