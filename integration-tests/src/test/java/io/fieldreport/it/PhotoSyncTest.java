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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Photos go up and come down whole, verified by their hash, resuming where a cut connection left off. */
class PhotoSyncTest {

    @TempDir
    Path dir;
    TestWeb web;
    Laptop ana;
    Laptop ben;

    @BeforeEach
    void start() throws Exception {
        web = new TestWeb(dir.resolve("web"));
        ana = new Laptop(dir.resolve("ana"), web, web.ana);
        ben = new Laptop(dir.resolve("ben"), web, web.ben);
    }

    @AfterEach
    void stop() {
        ana.close();
        ben.close();
        web.close();
    }

    @Test
    void photosAnotherInspectorAddedAreDownloadedOnSync() throws Exception {
        var comment = ana.add("roof.coverings", "See photos", Rating.DEFECT);
        List<PhotoRecord> added = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            added.add(ana.client.addPhoto(comment.id(), Photos.make(dir.resolve("camera"), "p" + i + ".jpg",
                    300_000 + i * 1000, i), "view " + i));
        }
        assertEquals(3, ana.client.status(ana.inspection).photosToUpload());

        var saved = ana.save();
        assertEquals(3, saved.photosUploaded());
        assertEquals(0, ana.client.status(ana.inspection).photosToUpload());
        var atWeb = web.admin.inspection(web.inspection);
        added.forEach(p -> assertTrue(atWeb.photo(p.id()).orElseThrow().bytesStored()));

        var synced = ben.sync();

        assertEquals(3, synced.photosDownloaded());
        assertEquals(0, ben.client.status(ben.inspection).photosToDownload());
        for (PhotoRecord p : added) {
            PhotoRecord there = ben.client.photo(p.id()).orElseThrow();
            assertArrayEquals(Files.readAllBytes(ana.client.photoFile(p).orElseThrow()),
                    Files.readAllBytes(ben.client.photoFile(there).orElseThrow()));
        }
        assertTrue(synced.verify().matched());
    }

    @Test
    void theSameBytesAreUploadedOnce() throws Exception {
        var comment = ana.add("roof.coverings", "Twice the same photo", null);
        Path file = Photos.make(dir.resolve("camera"), "same.jpg", 500_000, 7);
        ana.client.addPhoto(comment.id(), file, "first");
        ana.client.addPhoto(comment.id(), file, "second");

        var saved = ana.save();

        assertEquals(1, saved.photosUploaded());
        assertTrue(saved.bytesUploaded() <= 500_000, "sent " + saved.bytesUploaded());
    }

    @Test
    void cutUploadsAndDownloadsResumeFromWhereTheyStopped() throws Exception {
        // No connection carries more than 100 kB of a photo, and the laptop gives up after 5 tries that
        // get nowhere: a 2 MB photo only arrives if every try continues where the last one stopped.
        var comment = ana.add("structure.foundation", "Crack", Rating.SAFETY);
        PhotoRecord photo = ana.client.addPhoto(comment.id(),
                Photos.make(dir.resolve("camera"), "big.jpg", 2_000_000, 3), "crack");
        web.admin.setPoorSignal(new PoorSignal(0, 0, 0, 0, 100_000, 0, 1L));

        ana.save();

        assertEquals(0, ana.client.status(ana.inspection).photosToUpload());
        assertTrue(web.admin.inspection(web.inspection).photo(photo.id()).orElseThrow().bytesStored());

        web.admin.setPoorSignal(new PoorSignal(0, 0, 0, 0, 0, 100_000, 1L));
        var synced = ben.sync();

        assertEquals(1, synced.photosDownloaded());
        assertEquals(2_000_000, synced.bytesDownloaded(), "every byte fetched once");
        PhotoRecord there = ben.client.photo(photo.id()).orElseThrow();
        assertArrayEquals(Files.readAllBytes(ana.client.photoFile(photo).orElseThrow()),
                Files.readAllBytes(ben.client.photoFile(there).orElseThrow()));
        web.admin.setPoorSignal(PoorSignal.OFF);
        assertTrue(ben.verify().matched());
    }

    @Test
    void aCaptionEditAndADeleteSyncLikeCommentEdits() throws Exception {
        var comment = ana.add("roof.coverings", "Photo", null);
        PhotoRecord photo = ana.client.addPhoto(comment.id(), Photos.make(dir.resolve("camera"), "c.jpg", 10_000, 9), "");
        ana.sync();
        ben.sync();
        ben.client.editCaption(photo.id(), "South slope, looking north");
        ben.sync();
        ana.sync();
        assertEquals("South slope, looking north", ana.client.photo(photo.id()).orElseThrow().caption().value());

        ana.client.deletePhoto(photo.id());
        ana.sync();
        ben.sync();
        assertTrue(ben.client.photo(photo.id()).orElseThrow().deleted().value());
        assertTrue(ben.client.photos(ben.inspection, comment.id(), false).isEmpty());
        assertTrue(ben.verify().matched());
    }
}
