package io.fieldreport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.CancelToken;
import io.fieldreport.sync.Phase;
import io.fieldreport.sync.SyncCancelledException;
import io.fieldreport.sync.SyncListener;
import io.fieldreport.sync.protocol.InspectionStatus;
import io.fieldreport.sync.store.EditRejectedException;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The reference's "work order already completed" case: changes to a report the office published are
 * refused with a reason the inspector sees, moved to the rejected list, and do not block the rest.
 */
class PublishedInspectionTest {

    @RegisterExtension
    final Team team = new Team();
    UUID other;

    @BeforeEach
    void start() throws Exception {
        other = team.web.admin.createInspection("4 Oak Lane", "K. Lee", LocalDate.of(2026, 11, 24));
        team.web.admin.assign(team.web.ana.id(), other);
        team.ana().client.open(other, SyncListener.NONE, new CancelToken());
    }

    @Test
    void changesToAPublishedReportGoToTheRejectedListAndTheRestGoesOn() throws Exception {
        team.ana().add("roof.coverings", "written after the office published", null);
        team.ana().client.addComment(other, "garage.door", "for the other house", null);
        team.web.admin.publish(team.web.inspection);

        var saved = team.ana().save();

        assertEquals(1, saved.rejected());
        assertEquals(0, team.ana().client.status(null).changesToUpload(), "nothing stays stuck in the queue");
        var rejected = team.ana().client.rejectedChanges(true);
        assertEquals(1, rejected.size());
        assertEquals("inspection_published", rejected.get(0).reason());
        assertEquals(1, team.ana().client.status(team.ana().inspection).rejectedChanges());
        assertEquals(1, team.web.admin.inspection(other).comments().size(), "the other inspection's change arrived");
        assertEquals("written after the office published",
                team.ana().client.allComments(team.ana().inspection).get(0).text().value(), "the text stays on the laptop");

        team.ana().sync();
        assertEquals(InspectionStatus.PUBLISHED, team.ana().client.inspection(team.ana().inspection).orElseThrow().status());
        var e = assertThrows(EditRejectedException.class, () -> team.ana().add("roof.coverings", "more", null));
        assertTrue(e.getMessage().contains("published"), e.getMessage());

        team.ana().client.acknowledgeRejected(rejected.get(0).changeId());
        assertEquals(0, team.ana().client.status(team.ana().inspection).rejectedChanges());
    }

    @Test
    void forceSyncDoesNotResendAnInspectionTheLaptopKnowsIsPublished() throws Exception {
        for (int i = 0; i < 20; i++) {
            team.ana().add("interior.windows", "Window " + i + " fogged", null);
        }
        team.ana().sync();
        team.web.admin.publish(team.web.inspection);
        team.ana().client.open(other, SyncListener.NONE, new CancelToken());
        team.ana().client.sync(other, SyncListener.NONE, new CancelToken());
        team.ana().sync(); // the laptop learns that the report is published

        var forced = team.ana().client.forceSync(other, SyncListener.NONE, new CancelToken());

        assertEquals(0, forced.changesSent(), "nothing of the published report was queued again: " + forced.summary());
        assertTrue(team.ana().client.rejectedChanges(false).isEmpty());
        assertEquals(0, team.ana().client.status(null).changesToUpload());
    }

    @Test
    void forceSyncJustAfterTheOfficePublishedListsOnlyWhatWasNotOnTheWeb() throws Exception {
        for (int i = 0; i < 20; i++) {
            team.ana().add("interior.windows", "Window " + i + " fogged", null);
        }
        team.ana().sync();
        var unsent = team.ana().add("roof.coverings", "typed after the last Save", null);
        team.web.admin.publish(team.web.inspection); // the laptop does not know yet

        var forced = team.ana().forceSync();

        var rejected = team.ana().client.rejectedChanges(true);
        assertEquals(1, rejected.size(), "only the change the web never had is news: " + rejected);
        assertEquals(unsent.id(), rejected.get(0).entityId());
        assertEquals("inspection_published", rejected.get(0).reason());
        assertEquals(1, forced.rejected());
        assertEquals(0, team.ana().client.status(null).changesToUpload(), "the copies left the queue too");
        assertTrue(forced.verify().differences().stream().allMatch(d -> d.id().equals(unsent.id())),
                "the published report has everything else: " + forced.verify().differences());
    }

    @Test
    void aForceSyncCutAfterQueuingEverythingAgainListsNothingWhenTheReportIsPublished() throws Exception {
        for (int i = 0; i < 20; i++) {
            team.ana().add("interior.windows", "Window " + i + " fogged", null);
        }
        team.ana().sync();
        CancelToken cancel = new CancelToken();
        var listener = new RecordingListener(Phase.PUSHING, p -> cancel.cancel());
        assertThrows(SyncCancelledException.class,
                () -> team.ana().client.forceSync(team.ana().inspection, listener, cancel));
        assertEquals(20, team.ana().client.status(team.ana().inspection).changesToUpload(), "the copies wait");
        team.web.admin.publish(team.web.inspection);

        var saved = team.ana().save();

        assertEquals(0, saved.rejected(), saved.summary());
        assertTrue(team.ana().client.rejectedChanges(false).isEmpty());
        assertEquals(0, team.ana().client.status(null).changesToUpload());
    }
}
