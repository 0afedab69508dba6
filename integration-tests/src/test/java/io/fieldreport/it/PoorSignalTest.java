package io.fieldreport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.WebUnreachableException;
import io.fieldreport.sync.protocol.Rating;
import io.fieldreport.web.faults.PoorSignal;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference page's weak spot: a Save over a poor signal leaves the web with half the work, and
 * "Save again" does not help there. Here the next normal Save completes everything, because nothing
 * leaves the outbox until the web acknowledged it.
 */
class PoorSignalTest {

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
    void aSaveCutShortByAPoorSignalIsCompletedByTheNextNormalSave() throws Exception {
        for (int i = 0; i < 30; i++) {
            var c = ana.add("interior.walls", "Hairline crack " + i, Rating.MAINTENANCE);
            if (i % 10 == 0) {
                ana.client.addPhoto(c.id(), Photos.make(dir.resolve("camera"), "p" + i + ".jpg", 200_000, i), "");
            }
        }
        // Half the requests fail or lose their answer; every upload is cut after 50 kB.
        web.admin.setPoorSignal(new PoorSignal(5, 0, 25, 25, 50_000, 0, 42L));
        try {
            ana.save();
        } catch (WebUnreachableException e) {
            assertTrue(e.getMessage().contains("still on this laptop"), e.getMessage());
        }
        web.admin.setPoorSignal(PoorSignal.OFF);

        var second = ana.save();

        var status = ana.client.status(ana.inspection);
        assertEquals(0, status.changesToUpload(), "everything reached the web");
        assertEquals(0, status.photosToUpload());
        var atWeb = web.admin.inspection(web.inspection);
        assertEquals(30, atWeb.comments().size(), "no comment lost, none twice");
        assertEquals(3, atWeb.photos().size());
        assertTrue(atWeb.photos().stream().allMatch(p -> p.bytesStored()));
        assertTrue(ana.verify().matched(), "the web has exactly what the laptop has: " + second.summary());
    }

    @Test
    void withTheWebUnreachableSaveFailsWithWhatIsStillPendingAndLosesNothing() throws Exception {
        ana.add("roof.coverings", "offline note", null);
        web.admin.setPoorSignal(new PoorSignal(0, 0, 100, 0, 0, 0, 1L));

        var e = org.junit.jupiter.api.Assertions.assertThrows(WebUnreachableException.class, () -> ana.save());

        assertEquals(1, e.pending());
        assertTrue(e.getMessage().contains("1 change is still on this laptop only"), e.getMessage());
        assertEquals(1, ana.client.status(ana.inspection).changesToUpload());
        web.admin.setPoorSignal(PoorSignal.OFF);
        assertEquals(1, ana.save().changesSent());
    }
}
