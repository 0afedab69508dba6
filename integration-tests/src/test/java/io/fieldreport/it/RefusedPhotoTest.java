package io.fieldreport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.SyncResult;
import io.fieldreport.sync.protocol.PhotoRecord;
import io.fieldreport.sync.protocol.Rating;
import io.fieldreport.sync.store.RejectedChange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A photo that can never be sent as it is (too large for the web, its file missing or damaged on
 * the laptop) is listed as rejected with the reason in plain words, and every other change and
 * photo still reaches the web: one photo no longer wedges every Save and Sync.
 */
class RefusedPhotoTest {

    static final int WEB_LIMIT = 100_000;

    @TempDir
    Path dir;
    TestWeb web;
    Laptop ana;

    @BeforeEach
    void start() throws Exception {
        web = new TestWeb(dir.resolve("web"), b -> b.maxPhotoBytes(WEB_LIMIT));
        ana = new Laptop(dir.resolve("ana"), web, web.ana);
    }

    @AfterEach
    void stop() {
        ana.close();
        web.close();
    }

    private PhotoRecord photo(String comment, String name, int size, long seed) throws Exception {
        var c = ana.add("roof.coverings", comment, Rating.DEFECT);
        return ana.client.addPhoto(c.id(), Photos.make(dir.resolve("camera"), name, size, seed), name);
    }

    @Test
    void aPhotoTooLargeForTheWebIsRejectedAndTheRestReachesTheWeb() throws Exception {
        PhotoRecord big = photo("Ridge cap lifted", "big.jpg", 8_000_000, 1); // far more than socket buffers hold
        PhotoRecord small = photo("Gutter loose", "small.jpg", 40_000, 2);
        ana.add("roof.drainage", "Downspout disconnected", Rating.MAINTENANCE);

        SyncResult saved = ana.save();

        assertEquals(1, saved.rejected(), saved.summary());
        List<RejectedChange> rejected = ana.client.rejectedChanges(true);
        assertEquals(1, rejected.size());
        assertEquals(big.id(), rejected.get(0).entityId());
        assertEquals("too_large", rejected.get(0).reason());
        assertTrue(rejected.get(0).message().contains("does not take a photo this large"), rejected.get(0).message());
        var atWeb = web.admin.inspection(web.inspection);
        assertEquals(3, atWeb.comments().size(), "every comment reached the web");
        assertTrue(atWeb.photo(small.id()).orElseThrow().bytesStored(), "the other photo reached the web");
        assertTrue(atWeb.photo(big.id()).isEmpty());
        var status = ana.client.status(ana.inspection);
        assertEquals(0, status.changesToUpload(), "nothing stays stuck in the queue");
        assertEquals(0, status.photosToUpload());
        assertEquals(1, status.rejectedChanges());

        SyncResult again = ana.sync();

        assertEquals(0, again.bytesUploaded(), "the refused bytes are not sent again");
        assertEquals(0, again.rejected(), "and not listed again");
        assertTrue(again.verify().differences().stream().anyMatch(d -> d.id().equals(big.id())),
                "verify still says the refused photo is not on the web");
        assertTrue(ana.client.photoFile(big).isPresent(), "the photo stays on the laptop");
    }

    @Test
    void aPhotoFileMissingFromTheProfileIsALocalProblemNotANetworkFailure() throws Exception {
        PhotoRecord gone = photo("Flashing rusted", "gone.jpg", 30_000, 3);
        PhotoRecord kept = photo("Vent cracked", "kept.jpg", 30_000, 4);
        Files.delete(ana.client.photoFile(gone).orElseThrow());

        SyncResult saved = ana.save();

        assertTrue(saved.problems().stream().anyMatch(p -> p.contains("missing from this laptop")), saved.problems().toString());
        assertFalse(saved.problems().stream().anyMatch(p -> p.contains("Could not reach")), saved.problems().toString());
        RejectedChange r = ana.client.rejectedChanges(true).get(0);
        assertEquals(gone.id(), r.entityId());
        assertEquals("photo_file_missing", r.reason());
        var atWeb = web.admin.inspection(web.inspection);
        assertEquals(2, atWeb.comments().size());
        assertTrue(atWeb.photo(kept.id()).orElseThrow().bytesStored());
        assertEquals(0, ana.client.status(ana.inspection).changesToUpload());
        assertEquals(0, ana.client.status(ana.inspection).photosToUpload());
        assertTrue(ana.client.status(ana.inspection).lastError().contains("missing from this laptop"));
    }

    @Test
    void aDamagedPhotoFileIsSetAsideNotSentAndAttachingThePhotoAgainSendsIt() throws Exception {
        Path camera = Photos.make(dir.resolve("camera"), "crack.jpg", 60_000, 5);
        var c = ana.add("structure.foundation", "Crack at the corner", Rating.SAFETY);
        PhotoRecord damaged = ana.client.addPhoto(c.id(), camera, "");
        Path stored = ana.client.photoFile(damaged).orElseThrow();
        byte[] bytes = Files.readAllBytes(stored);
        bytes[1000] ^= 0x55; // one byte changed on disk: same size, different hash
        Files.write(stored, bytes);

        SyncResult saved = ana.save();

        assertEquals("photo_file_damaged", ana.client.rejectedChanges(true).get(0).reason());
        assertTrue(saved.problems().get(0).contains("damaged"), saved.problems().toString());
        // The web checks the hash as the bytes arrive and refuses them; the laptop then finds its own
        // file damaged (not the connection), so it does not send them again and again.
        assertTrue(saved.bytesUploaded() <= bytes.length, "sent once at most: " + saved.bytesUploaded());
        assertTrue(web.admin.inspection(web.inspection).photo(damaged.id()).isEmpty(), "no photo with damaged bytes");
        assertTrue(Files.exists(stored.resolveSibling(stored.getFileName() + ".damaged")), "set aside, not deleted");
        assertEquals(1, web.admin.inspection(web.inspection).comments().size(), "the comment reached the web");

        PhotoRecord again = ana.client.addPhoto(c.id(), camera, "again");
        SyncResult resent = ana.save();

        assertEquals(1, resent.photosUploaded(), resent.summary());
        assertTrue(web.admin.inspection(web.inspection).photo(again.id()).orElseThrow().bytesStored());
        assertEquals(0, ana.client.status(ana.inspection).photosToUpload());
    }
}
