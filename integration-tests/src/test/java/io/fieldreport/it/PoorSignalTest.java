package io.fieldreport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.WebUnreachableException;
import io.fieldreport.sync.protocol.Rating;
import io.fieldreport.web.faults.PoorSignal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The reference page's weak spot: a Save over a poor signal leaves the team.web with half the work, and
 * "Save again" does not help there. Here the next normal Save completes everything, because nothing
 * leaves the outbox until the team.web acknowledged it.
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
        // Half the requests fail or lose their answer; every upload is cut after 50 kB.
        team.web.admin.setPoorSignal(new PoorSignal(5, 0, 25, 25, 50_000, 0, 42L));
        try {
            team.ana().save();
        } catch (WebUnreachableException e) {
            assertTrue(e.getMessage().contains("still on this laptop"), e.getMessage());
        }
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
    void withTheWebUnreachableSaveFailsWithWhatIsStillPendingAndLosesNothing() throws Exception {
        team.ana().add("roof.coverings", "offline note", null);
        team.web.admin.setPoorSignal(new PoorSignal(0, 0, 100, 0, 0, 0, 1L));

        var e = org.junit.jupiter.api.Assertions.assertThrows(WebUnreachableException.class, () -> team.ana().save());

        assertEquals(1, e.pending());
        assertTrue(e.getMessage().contains("1 change is still on this laptop only"), e.getMessage());
        assertEquals(1, team.ana().client.status(team.ana().inspection).changesToUpload());
        team.web.admin.setPoorSignal(PoorSignal.OFF);
        assertEquals(1, team.ana().save().changesSent());
    }
}
