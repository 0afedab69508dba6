package io.fieldreport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.CancelToken;
import io.fieldreport.sync.Phase;
import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.sync.store.CommentEdit;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A change made while a Sync runs is never lost or overwritten by that Sync; the next Save sends it. */
class EditDuringSyncTest {

    @RegisterExtension
    final Team team = new Team();

    @Test
    void anEditMadeWhileTheSyncPullsAnOlderVersionSurvives() throws Exception {
        CommentRecord c = team.ana().add("plumbing.drains", "Slow drain", null);
        team.ana().sync();
        team.ben().sync();
        team.ben().editText(c.id(), "Slow drain in the hall bath (Ben)");
        team.ben().sync();
        team.web.clock.advance(Duration.ofSeconds(1));
        AtomicReference<CommentRecord> typed = new AtomicReference<>();
        var listener = new RecordingListener(Phase.PULLING, p ->
                typed.set(team.ana().client.editComment(c.id(), CommentEdit.text("Slow drain; typed during the sync (Ana)"))));

        team.ana().client.sync(team.ana().inspection, listener, new CancelToken());

        assertEquals("Slow drain; typed during the sync (Ana)", team.ana().comment(c.id()).text().value());
        assertEquals(1, team.ana().client.status(team.ana().inspection).changesToUpload(), "the edit waits for the next Save");
        team.ana().save();
        team.ben().sync();
        assertEquals("Slow drain; typed during the sync (Ana)", team.ben().comment(c.id()).text().value());
        assertTrue(team.ben().client.history(c.id()).stream().anyMatch(h -> h.valueJson().contains("(Ben)")),
                "Ben's version is kept in his history");
    }

    /** The in-flight case itself (an acknowledgement of a merged-away change id) is LocalEditsTest's. */
    @Test
    void anEditMadeWhileChangesAreBeingSentReachesTheWeb() throws Exception {
        CommentRecord c = team.ana().add("hvac.cooling", "AC not tested: below 60F", null);
        for (int i = 0; i < 400; i++) {
            team.ana().add("interior.floors", "floor note " + i, null);
        }
        var listener = new RecordingListener(Phase.PUSHING,
                p -> team.ana().client.editComment(c.id(), CommentEdit.text("AC not tested: outdoor temperature below 60F")));

        team.ana().client.sync(team.ana().inspection, listener, new CancelToken());
        team.ana().save();

        assertTrue(listener.fired());
        assertEquals(0, team.ana().client.status(team.ana().inspection).changesToUpload());
        assertEquals("AC not tested: outdoor temperature below 60F",
                team.web.admin.inspection(team.web.inspection).textOf(c.id()).orElseThrow());
        assertTrue(team.ana().verify().matched());
    }

    @Test
    void anEditMadeWhileTheSyncVerifiesIsPendingNotADifference() throws Exception {
        CommentRecord c = team.ana().add("electrical.panel", "Double tap on breaker 12", null);
        team.ana().sync();
        var listener = new RecordingListener(Phase.VERIFYING,
                p -> team.ana().editText(c.id(), "Double tap on breakers 12 and 14"));

        var synced = team.ana().client.sync(team.ana().inspection, listener, new CancelToken());

        assertTrue(listener.fired());
        var report = synced.verify();
        assertTrue(report.matched(), "the web has everything that was sent: " + report.differences());
        assertFalse(report.identical());
        assertEquals(1, report.pending().size());
        assertEquals(c.id(), report.pending().get(0).id());
        assertTrue(team.ana().client.status(team.ana().inspection).lastVerifyMatched());
        assertTrue(synced.summary().contains("not sent yet"), synced.summary());

        team.ana().save();
        var after = team.ana().verify();
        assertTrue(after.identical() && after.pending().isEmpty(), "the next Save sent it");
    }

    @Test
    void aCommentAddedDuringASyncIsKeptAndSentNextTime() throws Exception {
        team.ana().add("roof.coverings", "before", null);
        AtomicReference<CommentRecord> added = new AtomicReference<>();
        var listener = new RecordingListener(Phase.DOWNLOADING_PHOTOS,
                p -> added.set(team.ana().add("roof.drainage", "added while syncing", null)));

        team.ana().client.sync(team.ana().inspection, listener, new CancelToken());

        assertEquals("added while syncing", team.ana().comment(added.get().id()).text().value());
        team.ana().save();
        assertTrue(team.web.admin.inspection(team.web.inspection).comment(added.get().id()).isPresent());
    }
}
