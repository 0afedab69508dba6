package io.fieldreport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.CancelToken;
import io.fieldreport.sync.Phase;
import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.sync.store.CommentEdit;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A change made while a Sync runs is never lost or overwritten by that Sync; the next Save sends it. */
class EditDuringSyncTest {

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
    void anEditMadeWhileTheSyncPullsAnOlderVersionSurvives() throws Exception {
        CommentRecord c = ana.add("plumbing.drains", "Slow drain", null);
        ana.sync();
        ben.sync();
        ben.editText(c.id(), "Slow drain in the hall bath (Ben)");
        ben.sync();
        web.clock.advance(Duration.ofSeconds(1));
        AtomicReference<CommentRecord> typed = new AtomicReference<>();
        var listener = new RecordingListener(Phase.PULLING, p ->
                typed.set(ana.client.editComment(c.id(), CommentEdit.text("Slow drain; typed during the sync (Ana)"))));

        ana.client.sync(ana.inspection, listener, new CancelToken());

        assertEquals("Slow drain; typed during the sync (Ana)", ana.comment(c.id()).text().value());
        assertEquals(1, ana.client.status(ana.inspection).changesToUpload(), "the edit waits for the next Save");
        ana.save();
        ben.sync();
        assertEquals("Slow drain; typed during the sync (Ana)", ben.comment(c.id()).text().value());
        assertTrue(ben.client.history(c.id()).stream().anyMatch(h -> h.valueJson().contains("(Ben)")),
                "Ben's version is kept in his history");
    }

    /** The in-flight case itself (an acknowledgement of a merged-away change id) is LocalEditsTest's. */
    @Test
    void anEditMadeWhileChangesAreBeingSentReachesTheWeb() throws Exception {
        CommentRecord c = ana.add("hvac.cooling", "AC not tested: below 60F", null);
        for (int i = 0; i < 400; i++) {
            ana.add("interior.floors", "floor note " + i, null);
        }
        var listener = new RecordingListener(Phase.PUSHING,
                p -> ana.client.editComment(c.id(), CommentEdit.text("AC not tested: outdoor temperature below 60F")));

        ana.client.sync(ana.inspection, listener, new CancelToken());
        ana.save();

        assertTrue(listener.fired());
        assertEquals(0, ana.client.status(ana.inspection).changesToUpload());
        assertEquals("AC not tested: outdoor temperature below 60F",
                web.admin.inspection(web.inspection).textOf(c.id()).orElseThrow());
        assertTrue(ana.verify().matched());
    }

    @Test
    void aCommentAddedDuringASyncIsKeptAndSentNextTime() throws Exception {
        ana.add("roof.coverings", "before", null);
        AtomicReference<CommentRecord> added = new AtomicReference<>();
        var listener = new RecordingListener(Phase.DOWNLOADING_PHOTOS,
                p -> added.set(ana.add("roof.drainage", "added while syncing", null)));

        ana.client.sync(ana.inspection, listener, new CancelToken());

        assertEquals("added while syncing", ana.comment(added.get().id()).text().value());
        ana.save();
        assertTrue(web.admin.inspection(web.inspection).comment(added.get().id()).isPresent());
    }
}
