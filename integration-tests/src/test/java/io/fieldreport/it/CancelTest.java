package io.fieldreport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.CancelToken;
import io.fieldreport.sync.Phase;
import io.fieldreport.sync.SyncCancelledException;
import io.fieldreport.sync.SyncListener;
import io.fieldreport.sync.SyncProgress;
import io.fieldreport.sync.protocol.LockRequest;
import io.fieldreport.sync.protocol.Rating;
import io.fieldreport.sync.protocol.WireCodec;
import io.fieldreport.sync.transport.OkHttpWebApi;
import io.fieldreport.web.faults.PoorSignal;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Cancel in every phase of a Sync (at its start and midway), of a Force Sync and of a lock wait:
 * what the web acknowledged stays acknowledged, the rest stays
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

    /** Points inside a phase, not at its start. */
    enum Midway {
        AFTER_ONE_PUSH_BATCH(p -> p.phase() == Phase.PUSHING && p.itemsDone() >= 500 && p.itemsDone() < p.itemsTotal()),
        // The web holds part of the photo (the signal cut the upload) and the laptop is about to resume it.
        MID_PHOTO(p -> p.phase() == Phase.UPLOADING_PHOTOS && p.detail().startsWith("Connection trouble")),
        BETWEEN_PULL_PAGES(p -> p.phase() == Phase.PULLING && p.itemsDone() > 0);

        final java.util.function.Predicate<SyncProgress> where;

        Midway(java.util.function.Predicate<SyncProgress> where) {
            this.where = where;
        }
    }

    @ParameterizedTest
    @EnumSource(Midway.class)
    void cancellingMidwayThroughAPhaseLeavesNothingHalfDone(Midway midway) throws Exception {
        CancelToken token = new CancelToken();
        AtomicBoolean fired = new AtomicBoolean();
        SyncListener listener = p -> {
            if (midway == Midway.MID_PHOTO && p.phase() == Phase.UPLOADING_PHOTOS && p.itemsDone() == 0) {
                team.web.admin.setPoorSignal(new PoorSignal(0, 0, 0, 0, 100_000, 0, null));
            }
            if (midway.where.test(p) && fired.compareAndSet(false, true)) {
                token.cancel();
            }
        };

        assertThrows(SyncCancelledException.class, () -> team.ana().client.sync(team.ana().inspection, listener, token));
        team.web.admin.setPoorSignal(PoorSignal.OFF);

        assertTrue(fired.get(), "the sync reached " + midway);
        assertNothingHalfDoneAndTheNextSyncCompletes();
    }

    @Test
    void cancellingAForceSyncAfterItsFirstBatchLeavesNothingHalfDone() throws Exception {
        team.ana().sync();
        CancelToken token = new CancelToken();
        AtomicBoolean fired = new AtomicBoolean();
        SyncListener cutter = p -> {
            if (p.phase() == Phase.PUSHING && p.itemsDone() >= 500 && fired.compareAndSet(false, true)) {
                token.cancel();
            }
        };

        assertThrows(SyncCancelledException.class,
                () -> team.ana().client.forceSync(team.ana().inspection, cutter, token));

        assertTrue(fired.get());
        assertNull(team.web.admin.inspection(team.web.inspection).lock(), "the lock was released");
        assertTrue(team.ana().client.status(team.ana().inspection).changesToUpload() > 0, "the rest of the copies wait");
        var again = team.ana().sync();
        assertTrue(again.verify().matched(), again.summary());
        assertEquals(0, team.ana().client.status(team.ana().inspection).changesToUpload());
        assertEquals(606, team.web.admin.inspection(team.web.inspection).comments().size());
        assertEquals("ok", integrity(team.ana()));
    }

    @Test
    void cancellingWhileWaitingForTheLockSendsNothingAndTheNextSyncCompletes() throws Exception {
        var api = new OkHttpWebApi(OkHttpWebApi.parseBase(team.web.url()), team.web.ben.token(), new WireCodec(),
                Clock.systemUTC(), (a, b, c) -> { });
        try {
            String lock = api.acquireLock(team.web.inspection, new LockRequest("lap-bens-other", 60)).lockId();
            CancelToken token = new CancelToken();
            var listener = new RecordingListener(Phase.WAITING_FOR_LOCK, p -> token.cancel());

            assertThrows(SyncCancelledException.class,
                    () -> team.ana().client.sync(team.ana().inspection, listener, token));

            assertTrue(listener.fired());
            assertEquals(606, team.ana().client.status(team.ana().inspection).changesToUpload(), "nothing was sent");
            assertEquals("lap-bens-other", team.web.admin.inspection(team.web.inspection).lock().deviceId(),
                    "Ben's lock is untouched");
            api.releaseLock(team.web.inspection, lock);
        } finally {
            api.shutdown();
        }
        var again = team.ana().sync();
        assertTrue(again.verify().matched(), again.summary());
    }

    private void assertNothingHalfDoneAndTheNextSyncCompletes() throws Exception {
        assertNull(team.web.admin.inspection(team.web.inspection).lock(), "the lock was released");
        int pending = team.ana().client.status(team.ana().inspection).changesToUpload();
        var snapshot = team.web.admin.inspection(team.web.inspection);
        long anasAtWeb = snapshot.comments().stream().filter(c -> c.comment().text().value().startsWith("Ana's")).count()
                + snapshot.photos().stream().filter(p -> p.photo().content().author().equals("Ana Reyes")).count();
        assertEquals(606, pending + anasAtWeb,
                "each of Ana's 603 comments and 3 photos is either on the web or still pending, never both or neither");
        assertTrue(snapshot.photos().stream().allMatch(p -> p.bytesStored()), "no photo record without its bytes");

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
