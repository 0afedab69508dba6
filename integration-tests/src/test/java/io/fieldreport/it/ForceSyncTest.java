package io.fieldreport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.VerifyReport;
import io.fieldreport.sync.protocol.PhotoRecord;
import io.fieldreport.sync.protocol.Rating;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verify notices what the web lost; Force Sync All Data puts it back; verify then finds nothing. */
class ForceSyncTest {

    @TempDir
    Path dir;
    TestWeb web;
    Laptop ana;

    @BeforeEach
    void start() throws Exception {
        web = new TestWeb(dir.resolve("web"));
        ana = new Laptop(dir.resolve("ana"), web, web.ana);
    }

    @AfterEach
    void stop() {
        ana.close();
        web.close();
    }

    @Test
    void forceSyncRestoresPhotosAndCommentsTheWebLost() throws Exception {
        var kept = ana.add("roof.coverings", "Moss on the north slope", Rating.MAINTENANCE);
        var lost = ana.add("electrical.panel", "Missing knockout", Rating.SAFETY);
        PhotoRecord photo = ana.client.addPhoto(kept.id(), Photos.make(dir.resolve("camera"), "moss.jpg", 400_000, 1), "moss");
        ana.sync();
        web.admin.removePhotoBytes(web.inspection, photo.id());
        web.admin.removeComment(web.inspection, lost.id());

        VerifyReport before = ana.verify();
        assertFalse(before.matched());
        Set<VerifyReport.Problem> problems = before.differences().stream().map(VerifyReport.Difference::problem)
                .collect(Collectors.toSet());
        assertEquals(Set.of(VerifyReport.Problem.BYTES_MISSING_ON_WEB, VerifyReport.Problem.MISSING_ON_WEB), problems,
                before.differences().toString());
        assertEquals(0, ana.save().changesSent(), "Save has nothing new to send: that is why Force Sync exists");
        assertFalse(ana.client.status(ana.inspection).lastVerifyMatched());

        var forced = ana.forceSync();

        assertTrue(forced.verify().matched(), forced.summary());
        assertEquals(1, forced.photosUploaded(), "only the lost photo's bytes were sent again");
        var atWeb = web.admin.inspection(web.inspection);
        assertEquals("Missing knockout", atWeb.textOf(lost.id()).orElseThrow());
        assertTrue(atWeb.photo(photo.id()).orElseThrow().bytesStored());
        var status = ana.client.status(ana.inspection);
        assertTrue(status.lastVerifyMatched());
        assertTrue(status.lastForceSync() != null);
        assertEquals(0, status.changesToUpload());
    }

    @Test
    void forceSyncOfWhatTheWebAlreadyHasChangesNothingThere() throws Exception {
        for (int i = 0; i < 50; i++) {
            ana.add("interior.windows", "Window " + i + " fogged", Rating.MAINTENANCE);
        }
        ana.sync();
        long sequenceBefore = web.admin.inspection(web.inspection).changeSequence();

        var forced = ana.forceSync();

        assertEquals(50, forced.changesSent());
        assertEquals(sequenceBefore, web.admin.inspection(web.inspection).changeSequence(),
                "resending the same versions is a replay: the web's data did not change");
        assertTrue(forced.verify().matched());
    }
}
