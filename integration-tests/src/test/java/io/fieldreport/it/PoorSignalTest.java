package io.fieldreport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.CancelToken;
import io.fieldreport.sync.Phase;
import io.fieldreport.sync.WebUnreachableException;
import io.fieldreport.sync.protocol.Rating;
import io.fieldreport.web.faults.PoorSignal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The reference page's weak spot: a Save over a poor signal leaves the web with half the work, and
 * "Save again" does not help there. Here the next normal Save completes everything, because nothing
 * leaves the outbox until the web acknowledged it.
 */
class PoorSignalTest {

    @RegisterExtension
    final Team team = new Team();

    @Test
    void aSaveCutShortByAPoorSignalIsCompletedByTheNextNormalSave() throws Exception {
        for (int i = 0; i < 30; i++) {
            var c = team.ana().add("interior.walls", "Hairline crack " + i, Rating.MAINTENANCE);
            if (i % 10 == 0) {
                team.ana().client.addPhoto(c.id(), Photos.make(team.dir.resolve("camera"), "p" + i + ".jpg", 200_000, i), "");
            }
        }
        // Most requests fail or lose their answer; every upload is cut after 50 kB. Harsh enough that
        // some step runs out of tries whatever order the photos, moving three at a time, take.
        team.web.admin.setPoorSignal(new PoorSignal(5, 0, 80, 10, 50_000, 0, 42L));
        try {
            team.ana().save();
        } catch (WebUnreachableException e) {
            assertTrue(e.getMessage().contains("stays on this laptop"), e.getMessage());
        }
        var cut = team.ana().client.status(team.ana().inspection);
        // Otherwise this test would prove nothing: the poor signal must have left work for the next Save.
        assertTrue(cut.changesToUpload() + cut.photosToUpload() > 0, "the poor-signal Save left work pending");
        team.web.admin.setPoorSignal(PoorSignal.OFF);

        var second = team.ana().save();

        var status = team.ana().client.status(team.ana().inspection);
        assertEquals(0, status.changesToUpload(), "everything reached the web");
        assertEquals(0, status.photosToUpload());
        var atWeb = team.web.admin.inspection(team.web.inspection);
        assertEquals(30, atWeb.comments().size(), "no comment lost, none twice");
        assertEquals(3, atWeb.photos().size());
        assertTrue(atWeb.photos().stream().allMatch(p -> p.bytesStored()));
        assertTrue(team.ana().verify().matched(), "the web has exactly what the laptop has: " + second.summary());
    }

    @Test
    void commentsReachTheWebEvenWhenEveryPhotoUploadFails() throws Exception {
        var roof = team.ana().add("roof.coverings", "Shingles curling at the ridge", Rating.DEFECT);
        var photo = team.ana().client.addPhoto(roof.id(),
                Photos.make(team.dir.resolve("camera"), "ridge.jpg", 300_000, 1), "ridge");
        var attic = team.ana().add("insulation.attic", "Insulation compressed", Rating.MAINTENANCE);
        // The signal is good enough for text but gone by the time the photos go.
        var listener = new RecordingListener(Phase.UPLOADING_PHOTOS,
                p -> team.web.admin.setPoorSignal(new PoorSignal(0, 0, 100, 0, 0, 0, 1L)));

        var e = assertThrows(WebUnreachableException.class,
                () -> team.ana().client.save(listener, new CancelToken()));

        var atWeb = team.web.admin.inspection(team.web.inspection);
        assertTrue(atWeb.comment(roof.id()).isPresent(), "the text went first");
        assertTrue(atWeb.comment(attic.id()).isPresent());
        assertTrue(atWeb.photo(photo.id()).isEmpty(), "the photo record waits for its bytes");
        var status = team.ana().client.status(team.ana().inspection);
        assertEquals(1, status.changesToUpload());
        assertEquals(1, status.photosToUpload());
        assertTrue(e.getMessage().contains("1 change and 1 photo are still to send"), e.getMessage());

        team.web.admin.setPoorSignal(PoorSignal.OFF);
        team.ana().save();
        assertTrue(team.web.admin.inspection(team.web.inspection).photo(photo.id()).orElseThrow().bytesStored());
        assertTrue(team.ana().verify().matched());
    }

    @Test
    void withTheWebUnreachableSaveFailsWithWhatIsStillPendingAndLosesNothing() throws Exception {
        team.ana().add("roof.coverings", "offline note", null);
        team.web.admin.setPoorSignal(new PoorSignal(0, 0, 100, 0, 0, 0, 1L));

        var e = assertThrows(WebUnreachableException.class, () -> team.ana().save());

        assertEquals(1, e.pending());
        assertTrue(e.getMessage().contains("1 change is still to send"), e.getMessage());
        assertEquals(1, team.ana().client.status(team.ana().inspection).changesToUpload());
        team.web.admin.setPoorSignal(PoorSignal.OFF);
        assertEquals(1, team.ana().save().changesSent());
    }
}
