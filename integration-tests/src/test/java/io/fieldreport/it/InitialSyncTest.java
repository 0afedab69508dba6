package io.fieldreport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.CancelToken;
import io.fieldreport.sync.Operation;
import io.fieldreport.sync.Phase;
import io.fieldreport.sync.SyncCancelledException;
import io.fieldreport.sync.SyncClient;
import io.fieldreport.sync.SyncListener;
import io.fieldreport.sync.protocol.Rating;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Opening an inspection this laptop has never synced downloads it whole, with progress. */
class InitialSyncTest {

    @TempDir
    Path dir;
    TestWeb web;
    Laptop ben;

    @BeforeEach
    void start() throws Exception {
        web = new TestWeb(dir.resolve("web"));
        ben = new Laptop(dir.resolve("ben"), web, web.ben);
        for (int i = 0; i < 1_200; i++) {
            var c = ben.add(i % 2 == 0 ? "interior.walls" : "roof.coverings", "note " + i, Rating.values()[i % 4]);
            if (i % 300 == 0) {
                ben.client.addPhoto(c.id(), Photos.make(dir.resolve("cam"), "p" + i + ".jpg", 200_000, i), "");
            }
        }
        ben.save();
    }

    @AfterEach
    void stop() {
        ben.close();
        web.close();
    }

    @Test
    void aNewLaptopDownloadsTheWholeInspectionWithProgress() throws Exception {
        try (SyncClient ana = SyncClient.open(dir.resolve("ana"), new SyncClient.Options(web.clock, Laptop.FAST))) {
            ana.signIn(web.url(), web.ana.token());
            assertFalse(ana.isDownloaded(web.inspection));
            var listener = new RecordingListener();

            var result = ana.open(web.inspection, listener, new CancelToken()).orElseThrow();

            assertEquals(Operation.INITIAL_SYNC, result.operation());
            assertEquals(1_204, result.pulled());
            assertEquals(4, result.photosDownloaded());
            assertEquals(1_200, ana.allComments(web.inspection).size());
            assertTrue(ana.isDownloaded(web.inspection));
            long pullReports = listener.seen().stream().filter(p -> p.phase() == Phase.PULLING && p.itemsDone() > 0).count();
            assertTrue(pullReports >= 3, "progress after every page, saw " + pullReports);
            assertTrue(listener.seen().stream().anyMatch(p -> p.phase() == Phase.DOWNLOADING_PHOTOS
                    && p.bytesTotal() == 800_000 && p.bytesDone() == 800_000));
            assertTrue(ana.verify(web.inspection, listener, new CancelToken()).matched());
            assertTrue(ana.open(web.inspection, listener, new CancelToken()).isEmpty(), "the second open downloads nothing");
        }
    }

    @ParameterizedTest(name = "cut {0}")
    @ValueSource(strings = {"between pages", "among the photos"})
    void aDownloadCutShortIsResumedByTheNextOpen(String where) throws Exception {
        try (SyncClient ana = SyncClient.open(dir.resolve("ana"), new SyncClient.Options(web.clock, Laptop.FAST))) {
            ana.signIn(web.url(), web.ana.token());
            CancelToken cancel = new CancelToken();
            SyncListener cutter = p -> {
                boolean there = where.equals("between pages")
                        ? p.phase() == Phase.PULLING && p.itemsDone() > 0
                        : p.phase() == Phase.DOWNLOADING_PHOTOS && p.itemsDone() > 0;
                if (there) {
                    cancel.cancel();
                }
            };

            assertThrows(SyncCancelledException.class, () -> ana.open(web.inspection, cutter, cancel));

            assertFalse(ana.isDownloaded(web.inspection), "a cut download is not a download");
            assertTrue(ana.allComments(web.inspection).size() < 1_200 || ana.status(web.inspection).photosToDownload() > 0);

            var resumed = ana.open(web.inspection, SyncListener.NONE, new CancelToken()).orElseThrow();

            assertEquals(Operation.INITIAL_SYNC, resumed.operation());
            assertTrue(ana.isDownloaded(web.inspection));
            assertEquals(1_200, ana.allComments(web.inspection).size());
            assertEquals(0, ana.status(web.inspection).photosToDownload());
            assertTrue(ana.verify(web.inspection, SyncListener.NONE, new CancelToken()).matched());
        }
    }
}
