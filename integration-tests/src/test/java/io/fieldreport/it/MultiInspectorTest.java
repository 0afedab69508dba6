package io.fieldreport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.protocol.Rating;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The reference page's multi-inspector job: A saves; B syncs and gets A's work; A syncs and gets B's. */
class MultiInspectorTest {

    @RegisterExtension
    final Team team = new Team();

    /** Both laptops exist before anyone works, as on a two-inspector job: Ben gets Ana's work by Sync. */
    @BeforeEach
    void bothLaptops() {
        team.ana();
        team.ben();
    }

    @Test
    void saveThenSyncThenSyncSharesEverybodysWork() throws Exception {
        var roof = team.ana().add("roof.coverings", "Shingles curling on the south slope", Rating.MAINTENANCE);

        var saved = team.ana().save();
        assertEquals(1, saved.changesSent());
        assertEquals(0, team.ana().client.status(team.ana().inspection).changesToUpload());
        assertEquals("Shingles curling on the south slope", team.web.admin.inspection(team.web.inspection).textOf(roof.id()).orElseThrow());

        var panel = team.ben().add("electrical.panel", "Double-tapped breaker", Rating.SAFETY);
        var benSync = team.ben().sync();
        assertEquals("Shingles curling on the south slope", team.ben().comment(roof.id()).text().value());
        assertTrue(benSync.verify().matched(), "Ben's laptop and the web agree after his Sync");

        var anaSync = team.ana().sync();
        assertEquals("Double-tapped breaker", team.ana().comment(panel.id()).text().value());
        assertEquals(Rating.SAFETY, team.ana().comment(panel.id()).rating().value());
        assertTrue(anaSync.verify().matched());
        for (Laptop l : new Laptop[] {team.ana(), team.ben()}) {
            var status = l.client.status(l.inspection);
            assertEquals(0, status.changesToUpload());
            assertEquals(0, status.photosToUpload());
            assertEquals(0, status.photosToDownload());
        }
        assertEquals(team.ana().client.allComments(team.ana().inspection), team.ben().client.allComments(team.ben().inspection),
                "both laptops hold the same comments");
    }

    @Test
    void saveSendsOnlyWhatTheWebHasNotAcknowledged() throws Exception {
        team.ana().add("roof.coverings", "one", null);
        team.ana().add("roof.flashings", "two", null);
        assertEquals(2, team.ana().save().changesSent());

        assertEquals(0, team.ana().save().changesSent(), "nothing new: nothing sent");

        team.ana().add("roof.drainage", "three", null);
        assertEquals(1, team.ana().save().changesSent());
        assertEquals(3, team.web.admin.inspection(team.web.inspection).comments().size());
    }
}
