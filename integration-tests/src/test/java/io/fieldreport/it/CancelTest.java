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
import io.fieldreport.web.admin.InspectionSnapshot;
import io.fieldreport.web.faults.PoorSignal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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
        assertNothingHalfDoneAndTheNextSyncCompletes();
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
        var snapshot = team.web.admin.inspection(team.web.inspection);
        assertEachOfAnasEditsIsOnTheWebOrQueued(snapshot);
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

    /**
     * On the web, or still queued here, or both: a push whose answer the cancel cut off was applied at
     * the web but not acknowledged here, and the next Save replays it (the web knows its change id).
     * Neither would be a lost edit.
     */
    private void assertEachOfAnasEditsIsOnTheWebOrQueued(InspectionSnapshot snapshot) throws Exception {
        Set<UUID> atWeb = new HashSet<>();
        snapshot.comments().forEach(c -> atWeb.add(c.comment().id()));
        snapshot.photos().forEach(p -> atWeb.add(p.photo().id()));
        Set<UUID> queued = queuedHere(team.ana());
        List<UUID> anas = new ArrayList<>();
        for (var c : team.ana().client.allComments(team.ana().inspection)) {
            if (c.text().value().startsWith("Ana's")) {
                anas.add(c.id());
            }
            team.ana().client.photos(team.ana().inspection, c.id(), true).stream()
                    .filter(p -> p.content().author().equals("Ana Reyes")).forEach(p -> anas.add(p.id()));
        }
        assertEquals(606, anas.size(), "Ana's 603 comments and 3 photos are on her laptop");
        for (UUID id : anas) {
            assertTrue(atWeb.contains(id) || queued.contains(id), id + " is neither on the web nor queued");
        }
    }

    private static Set<UUID> queuedHere(Laptop l) throws Exception {
        Set<UUID> out = new HashSet<>();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + l.client.profileDir().resolve("fieldreport.db"));
             var s = c.createStatement(); var rs = s.executeQuery("SELECT entity_id FROM outbox")) {
            while (rs.next()) {
                out.add(UUID.fromString(rs.getString(1)));
            }
        }
        return out;
    }

    static String integrity(Laptop l) throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + l.client.profileDir().resolve("fieldreport.db"));
             var s = c.createStatement(); var rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
