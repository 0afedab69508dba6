package io.fieldreport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.protocol.Rating;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reference page's multi-inspector job: A saves; B syncs and gets A's work; A syncs and gets B's. */
class MultiInspectorTest {

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
    void saveThenSyncThenSyncSharesEverybodysWork() throws Exception {
        var roof = ana.add("roof.coverings", "Shingles curling on the south slope", Rating.MAINTENANCE);

        var saved = ana.save();
        assertEquals(1, saved.changesSent());
        assertEquals(0, ana.client.status(ana.inspection).changesToUpload());
        assertEquals("Shingles curling on the south slope", web.admin.inspection(web.inspection).textOf(roof.id()).orElseThrow());

        var panel = ben.add("electrical.panel", "Double-tapped breaker", Rating.SAFETY);
        var benSync = ben.sync();
        assertEquals("Shingles curling on the south slope", ben.comment(roof.id()).text().value());
        assertTrue(benSync.verify().matched(), "Ben's laptop and the web agree after his Sync");

        var anaSync = ana.sync();
        assertEquals("Double-tapped breaker", ana.comment(panel.id()).text().value());
        assertEquals(Rating.SAFETY, ana.comment(panel.id()).rating().value());
        assertTrue(anaSync.verify().matched());
        for (Laptop l : new Laptop[] {ana, ben}) {
            var status = l.client.status(l.inspection);
            assertEquals(0, status.changesToUpload());
            assertEquals(0, status.photosToUpload());
            assertEquals(0, status.photosToDownload());
        }
        assertEquals(ana.client.allComments(ana.inspection), ben.client.allComments(ben.inspection),
                "both laptops hold the same comments");
    }

    @Test
    void saveSendsOnlyWhatTheWebHasNotAcknowledged() throws Exception {
        ana.add("roof.coverings", "one", null);
        ana.add("roof.flashings", "two", null);
        assertEquals(2, ana.save().changesSent());

        assertEquals(0, ana.save().changesSent(), "nothing new: nothing sent");

        ana.add("roof.drainage", "three", null);
        assertEquals(1, ana.save().changesSent());
        assertEquals(3, web.admin.inspection(web.inspection).comments().size());
    }
}
