package io.fieldreport.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.protocol.PhotoRecord;
import io.fieldreport.sync.protocol.Rating;
import io.fieldreport.web.faults.PoorSignal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Photos go up and come down whole, verified by their hash, resuming where a cut connection left off. */
class PhotoSyncTest {

    @RegisterExtension
    final Team team = new Team();

    /** Both laptops exist before any photo is added, so Ben gets them by Sync, not by his first download. */
    @BeforeEach
    void bothLaptops() {
        team.ana();
        team.ben();
    }

    @Test
    void photosAnotherInspectorAddedAreDownloadedOnSync() throws Exception {
        var comment = team.ana().add("roof.coverings", "See photos", Rating.DEFECT);
        List<PhotoRecord> added = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            added.add(team.ana().client.addPhoto(comment.id(), Photos.make(team.dir.resolve("camera"), "p" + i + ".jpg",
                    300_000 + i * 1000, i), "view " + i));
        }
        assertEquals(3, team.ana().client.status(team.ana().inspection).photosToUpload());

        var saved = team.ana().save();
        assertEquals(3, saved.photosUploaded());
        assertEquals(0, team.ana().client.status(team.ana().inspection).photosToUpload());
        var atWeb = team.web.admin.inspection(team.web.inspection);
        added.forEach(p -> assertTrue(atWeb.photo(p.id()).orElseThrow().bytesStored()));

        var synced = team.ben().sync();

        assertEquals(3, synced.photosDownloaded());
        assertEquals(0, team.ben().client.status(team.ben().inspection).photosToDownload());
        for (PhotoRecord p : added) {
            PhotoRecord there = team.ben().client.photo(p.id()).orElseThrow();
            assertArrayEquals(Files.readAllBytes(team.ana().client.photoFile(p).orElseThrow()),
                    Files.readAllBytes(team.ben().client.photoFile(there).orElseThrow()));
        }
        assertTrue(synced.verify().matched());
    }

    @Test
    void theSameBytesAreUploadedOnce() throws Exception {
        var comment = team.ana().add("roof.coverings", "Twice the same photo", null);
        Path file = Photos.make(team.dir.resolve("camera"), "same.jpg", 500_000, 7);
        team.ana().client.addPhoto(comment.id(), file, "first");
        team.ana().client.addPhoto(comment.id(), file, "second");

        var saved = team.ana().save();

        assertEquals(1, saved.photosUploaded());
        assertTrue(saved.bytesUploaded() <= 500_000, "sent " + saved.bytesUploaded());
    }

    @Test
    void cutUploadsAndDownloadsResumeFromWhereTheyStopped() throws Exception {
        // No connection carries more than 100 kB of a photo, and the laptop gives up after 5 tries that
        // get nowhere: a 2 MB photo only arrives if every try continues where the last one stopped.
        var comment = team.ana().add("structure.foundation", "Crack", Rating.SAFETY);
        PhotoRecord photo = team.ana().client.addPhoto(comment.id(),
                Photos.make(team.dir.resolve("camera"), "big.jpg", 2_000_000, 3), "crack");
        team.web.admin.setPoorSignal(new PoorSignal(0, 0, 0, 0, 100_000, 0, 1L));

        team.ana().save();

        assertEquals(0, team.ana().client.status(team.ana().inspection).photosToUpload());
        assertTrue(team.web.admin.inspection(team.web.inspection).photo(photo.id()).orElseThrow().bytesStored());

        team.web.admin.setPoorSignal(new PoorSignal(0, 0, 0, 0, 0, 100_000, 1L));
        var synced = team.ben().sync();

        assertEquals(1, synced.photosDownloaded());
        assertEquals(2_000_000, synced.bytesDownloaded(), "every byte fetched once");
        PhotoRecord there = team.ben().client.photo(photo.id()).orElseThrow();
        assertArrayEquals(Files.readAllBytes(team.ana().client.photoFile(photo).orElseThrow()),
                Files.readAllBytes(team.ben().client.photoFile(there).orElseThrow()));
        team.web.admin.setPoorSignal(PoorSignal.OFF);
        assertTrue(team.ben().verify().matched());
    }

    @Test
    void aCorruptedDownloadIsDiscardedAndFetchedAgainWhole() throws Exception {
        var comment = team.ana().add("roof.coverings", "Moss", Rating.MAINTENANCE);
        PhotoRecord photo = team.ana().client.addPhoto(comment.id(),
                Photos.make(team.dir.resolve("camera"), "moss.jpg", 400_000, 11), "moss");
        team.ana().save();
        // Ben's laptop holds the first 100 kB of a download that went wrong (garbage, say after a crash).
        String sha = photo.content().value().sha256();
        Path partial = team.ben().client.profileDir().resolve("photos").resolve("incoming").resolve(sha + ".download");
        byte[] junk = new byte[100_000];
        new java.util.Random(99).nextBytes(junk);
        Files.write(partial, junk);

        var synced = team.ben().sync();

        assertEquals(1, synced.photosDownloaded());
        assertEquals(300_000 + 400_000, synced.bytesDownloaded(), "the rest, then (the hash wrong) the whole photo");
        PhotoRecord there = team.ben().client.photo(photo.id()).orElseThrow();
        assertArrayEquals(Files.readAllBytes(team.ana().client.photoFile(photo).orElseThrow()),
                Files.readAllBytes(team.ben().client.photoFile(there).orElseThrow()));
        assertTrue(Files.notExists(partial), "the bad bytes are gone");
        assertTrue(synced.verify().matched());
    }

    @Test
    void aCaptionEditAndADeleteSyncLikeCommentEdits() throws Exception {
        var comment = team.ana().add("roof.coverings", "Photo", null);
        PhotoRecord photo = team.ana().client.addPhoto(comment.id(), Photos.make(team.dir.resolve("camera"), "c.jpg", 10_000, 9), "");
        team.ana().sync();
        team.ben().sync();
        team.ben().client.editCaption(photo.id(), "South slope, looking north");
        team.ben().sync();
        team.ana().sync();
        assertEquals("South slope, looking north", team.ana().client.photo(photo.id()).orElseThrow().caption().value());

        team.ana().client.deletePhoto(photo.id());
        team.ana().sync();
        team.ben().sync();
        assertTrue(team.ben().client.photo(photo.id()).orElseThrow().deleted().value());
        assertTrue(team.ben().client.photos(team.ben().inspection, comment.id(), false).isEmpty());
        assertTrue(team.ben().verify().matched());
    }
}
