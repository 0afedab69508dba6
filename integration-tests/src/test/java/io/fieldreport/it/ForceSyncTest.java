package io.fieldreport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.VerifyReport;
import io.fieldreport.sync.protocol.PhotoRecord;
import io.fieldreport.sync.protocol.Rating;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Verify notices what the team.web lost; Force Sync All Data puts it back; verify then finds nothing. */
class ForceSyncTest {

    @RegisterExtension
    final Team team = new Team();

    @Test
    void forceSyncRestoresPhotosAndCommentsTheWebLost() throws Exception {
        var kept = team.ana().add("roof.coverings", "Moss on the north slope", Rating.MAINTENANCE);
        var lost = team.ana().add("electrical.panel", "Missing knockout", Rating.SAFETY);
        PhotoRecord photo = team.ana().client.addPhoto(kept.id(), Photos.make(team.dir.resolve("camera"), "moss.jpg", 400_000, 1), "moss");
        team.ana().sync();
        team.web.admin.removePhotoBytes(team.web.inspection, photo.id());
        team.web.admin.removeComment(team.web.inspection, lost.id());

        VerifyReport before = team.ana().verify();
        assertFalse(before.matched());
        Set<VerifyReport.Problem> problems = before.differences().stream().map(VerifyReport.Difference::problem)
                .collect(Collectors.toSet());
        assertEquals(Set.of(VerifyReport.Problem.BYTES_MISSING_ON_WEB, VerifyReport.Problem.MISSING_ON_WEB), problems,
                before.differences().toString());
        assertEquals(0, team.ana().save().changesSent(), "Save has nothing new to send: that is why Force Sync exists");
        assertFalse(team.ana().client.status(team.ana().inspection).lastVerifyMatched());

        var forced = team.ana().forceSync();

        assertTrue(forced.verify().matched(), forced.summary());
        assertEquals(1, forced.photosUploaded(), "only the lost photo's bytes were sent again");
        var atWeb = team.web.admin.inspection(team.web.inspection);
        assertEquals("Missing knockout", atWeb.textOf(lost.id()).orElseThrow());
        assertTrue(atWeb.photo(photo.id()).orElseThrow().bytesStored());
        var status = team.ana().client.status(team.ana().inspection);
        assertTrue(status.lastVerifyMatched());
        assertTrue(status.lastForceSync() != null);
        assertEquals(0, status.changesToUpload());
    }

    @Test
    void forceSyncOfWhatTheWebAlreadyHasChangesNothingThere() throws Exception {
        for (int i = 0; i < 50; i++) {
            team.ana().add("interior.windows", "Window " + i + " fogged", Rating.MAINTENANCE);
        }
        team.ana().sync();
        long sequenceBefore = team.web.admin.inspection(team.web.inspection).changeSequence();

        var forced = team.ana().forceSync();

        assertEquals(50, forced.changesSent());
        assertEquals(sequenceBefore, team.web.admin.inspection(team.web.inspection).changeSequence(),
                "resending the same versions is a replay: the web's data did not change");
        assertTrue(forced.verify().matched());
    }
}
