package io.fieldreport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.CancelToken;
import io.fieldreport.sync.Phase;
import io.fieldreport.sync.SyncCancelledException;
import io.fieldreport.sync.protocol.Rating;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Cancel in every phase of a Sync: what the team.web acknowledged stays acknowledged, the rest stays
 * pending, the lock is released, and the next Sync completes with nothing lost or doubled.
 */
class CancelTest {

    @RegisterExtension
    final Team team = new Team();

    @BeforeEach
    void start() throws Exception {
        for (int i = 0; i < 3; i++) {
            var c = team.ben().add("exterior.decks", "Ben's deck note " + i, Rating.DEFECT);
            team.ben().client.addPhoto(c.id(), Photos.make(team.dir.resolve("bcam"), "b" + i + ".jpg", 300_000, 100 + i), "");
        }
        team.ben().save();
        for (int i = 0; i < 600; i++) {
            team.ana().add("interior.walls", "Ana's wall note " + i, null);
        }
        for (int i = 0; i < 3; i++) {
            var c = team.ana().add("roof.flashings", "Ana's flashing " + i, Rating.MAINTENANCE);
            team.ana().client.addPhoto(c.id(), Photos.make(team.dir.resolve("acam"), "a" + i + ".jpg", 300_000, i), "");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Phase.class, names = {"LOCKING", "UPLOADING_PHOTOS", "PUSHING", "PULLING",
        "DOWNLOADING_PHOTOS", "VERIFYING"})
    void cancellingAtAnyPhaseLeavesNothingHalfDone(Phase phase) throws Exception {
        CancelToken token = new CancelToken();
        var listener = new RecordingListener(phase, p -> token.cancel());

        assertThrows(SyncCancelledException.class, () -> team.ana().client.sync(team.ana().inspection, listener, token));

        assertTrue(listener.fired(), "the sync reached " + phase);
        assertNull(team.web.admin.inspection(team.web.inspection).lock(), "the lock was released");
        int pending = team.ana().client.status(team.ana().inspection).changesToUpload();
        var snapshot = team.web.admin.inspection(team.web.inspection);
        long anasAtWeb = snapshot.comments().stream().filter(c -> c.comment().text().value().startsWith("Ana's")).count()
                + snapshot.photos().stream().filter(p -> p.photo().content().author().equals("Ana Reyes")).count();
        assertEquals(606, pending + anasAtWeb,
                "each of Ana's 603 comments and 3 photos is either on the web or still pending, never both or neither");

        var again = team.ana().sync();

        assertTrue(again.verify().matched(), again.summary());
        var status = team.ana().client.status(team.ana().inspection);
        assertEquals(0, status.changesToUpload());
        assertEquals(0, status.photosToUpload());
        assertEquals(0, status.photosToDownload());
        assertEquals(606, team.web.admin.inspection(team.web.inspection).comments().size());
        assertEquals(606, team.ana().client.allComments(team.ana().inspection).size());
        assertEquals("ok", integrity(team.ana()));
    }

    static String integrity(Laptop l) throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + l.client.profileDir().resolve("fieldreport.db"));
             var s = c.createStatement(); var rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
