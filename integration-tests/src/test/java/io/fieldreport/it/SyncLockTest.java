package io.fieldreport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.CancelToken;
import io.fieldreport.sync.ClientSettings;
import io.fieldreport.sync.LockHeldException;
import io.fieldreport.sync.Phase;
import io.fieldreport.sync.SyncProgress;
import io.fieldreport.sync.SyncResult;
import io.fieldreport.sync.protocol.LockRequest;
import io.fieldreport.sync.protocol.Rating;
import io.fieldreport.sync.protocol.WireCodec;
import io.fieldreport.sync.transport.OkHttpWebApi;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two inspectors never sync one inspection at once; a lock whose holder vanished frees itself. */
class SyncLockTest {

    @RegisterExtension
    final Team team = new Team();

    /** Another laptop's raw hold on the lock, as if it were in the middle of a Sync. */
    private String holdLockAs(io.fieldreport.web.admin.NewUser user, String device) throws Exception {
        var api = new OkHttpWebApi(OkHttpWebApi.parseBase(team.web.url()), user.token(), new WireCodec(), Clock.systemUTC(),
                (a, b, c) -> { });
        try {
            return api.acquireLock(team.web.inspection, new LockRequest(device, 60)).lockId();
        } finally {
            api.shutdown();
        }
    }

    @Test
    void aSyncWaitsWhileAnotherInspectorHoldsTheLockAndSaysWho() throws Exception {
        String lockId = holdLockAs(team.web.ben, "lap-bens-other");
        team.ana().add("roof.coverings", "waiting for Ben", Rating.DEFECT);
        CountDownLatch waiting = new CountDownLatch(1);
        var seen = new RecordingListener(Phase.WAITING_FOR_LOCK, p -> waiting.countDown());

        CompletableFuture<SyncResult> sync = OwnThread.supply(() -> {
            try {
                return team.ana().client.sync(team.ana().inspection, seen, new CancelToken());
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        assertTrue(waiting.await(10, TimeUnit.SECONDS), "Ana's sync waits for the lock");
        SyncProgress report = seen.seen().stream().filter(p -> p.phase() == Phase.WAITING_FOR_LOCK)
                .findFirst().orElseThrow();
        assertTrue(report.detail().contains("Ben Okafor"), report.detail());
        assertEquals(1, team.ana().client.status(team.ana().inspection).changesToUpload(), "nothing was pushed while waiting");

        var api = new OkHttpWebApi(OkHttpWebApi.parseBase(team.web.url()), team.web.ben.token(), new WireCodec(),
                Clock.systemUTC(), (a, b, c) -> { });
        api.releaseLock(team.web.inspection, lockId);
        api.shutdown();

        SyncResult result = sync.get(20, TimeUnit.SECONDS);
        assertEquals(1, result.changesSent());
        assertTrue(result.verify().matched());
    }

    @Test
    void aSyncGivesUpAfterTheConfiguredWaitNamingTheHolder() throws Exception {
        holdLockAs(team.web.ben, "lap-bens-other");
        team.ana().client.saveSettings(new ClientSettings(10, false, ClientSettings.DEFAULTS.photoQuality(), 1));
        team.ana().add("roof.coverings", "still mine", null);

        var e = assertThrows(LockHeldException.class, () -> team.ana().sync());

        assertEquals("Ben Okafor", e.holder());
        assertNotNull(e.until());
        assertTrue(e.getMessage().contains("Ben Okafor is syncing this inspection"), e.getMessage());
        assertEquals(1, team.ana().client.status(team.ana().inspection).changesToUpload(), "the change stays pending");
        assertTrue(team.ana().client.status(team.ana().inspection).lastError().contains("Ben Okafor"));
    }

    @Test
    void aLockWhoseHolderVanishedFreesItselfWhenItsLeaseEnds() throws Exception {
        holdLockAs(team.web.ben, "lap-crashed"); // Ben's laptop died holding the lock
        CountDownLatch waiting = new CountDownLatch(1);
        var seen = new RecordingListener(Phase.WAITING_FOR_LOCK, p -> waiting.countDown());
        CompletableFuture<SyncResult> sync = OwnThread.supply(() -> {
            try {
                return team.ana().client.sync(team.ana().inspection, seen, new CancelToken());
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        assertTrue(waiting.await(10, TimeUnit.SECONDS));

        team.web.clock.advance(Duration.ofSeconds(61)); // the 60 s lease runs out on the team.web

        SyncResult result = sync.get(20, TimeUnit.SECONDS);
        assertTrue(result.verify().matched());
        assertTrue(team.web.admin.inspection(team.web.inspection).lock() == null, "Ana released the lock when done");
    }

    @Test
    void twoLaptopsSyncingAtOnceTakeTurns() throws Exception {
        for (int i = 0; i < 20; i++) {
            team.ana().add("interior.walls", "Ana's note " + i, null);
            team.ben().add("interior.floors", "Ben's note " + i, null);
        }
        var a = OwnThread.supply(() -> run(team.ana()));
        var b = OwnThread.supply(() -> run(team.ben()));
        SyncResult ra = a.get(60, TimeUnit.SECONDS);
        SyncResult rb = b.get(60, TimeUnit.SECONDS);
        assertEquals(20, ra.changesSent());
        assertEquals(20, rb.changesSent());
        team.ana().sync();
        assertEquals(40, team.ana().client.allComments(team.ana().inspection).size());
        assertTrue(team.ana().verify().matched());
    }

    @Test
    void whileOneLaptopSyncsTheOtherProvablyWaitsSeesWhoAndBothEndTheSame() throws Exception {
        var ana = team.ana();
        var ben = team.ben();
        var anas = ana.add("roof.coverings", "Ana's roof note", Rating.DEFECT);
        var bens = ben.add("garage.door", "Ben's garage note", Rating.MAINTENANCE);
        var anaHeld = new Hold(p -> p.phase() == Phase.PULLING); // Ana holds the lock here
        CompletableFuture<SyncResult> anaSync = OwnThread.supply(() -> {
            try {
                return ana.client.sync(ana.inspection, anaHeld, new CancelToken());
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        assertTrue(anaHeld.awaitHeld(10));
        var benSeen = new RecordingListener();
        CompletableFuture<SyncResult> benSync = OwnThread.supply(() -> {
            try {
                return ben.client.sync(ben.inspection, benSeen, new CancelToken());
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });

        assertTrue(Await.until(() -> benSeen.saw(Phase.WAITING_FOR_LOCK), Duration.ofSeconds(10)), "Ben waits");
        SyncProgress waiting = benSeen.seen().stream().filter(p -> p.phase() == Phase.WAITING_FOR_LOCK)
                .findFirst().orElseThrow();
        assertTrue(waiting.detail().contains("Ana Reyes"), waiting.detail());
        assertTrue(team.web.admin.inspection(team.web.inspection).comment(bens.id()).isEmpty(),
                "Ben sent nothing while Ana held the lock");
        anaHeld.release();

        assertTrue(anaSync.get(20, TimeUnit.SECONDS).verify().matched());
        SyncResult benResult = benSync.get(30, TimeUnit.SECONDS);
        assertTrue(benResult.verify().matched(), benResult.summary());
        ana.sync();
        for (Laptop l : new Laptop[] {ana, ben}) {
            assertEquals(2, l.client.allComments(l.inspection).size());
            assertTrue(l.client.comment(anas.id()).isPresent() && l.client.comment(bens.id()).isPresent());
            assertTrue(l.verify().matched());
        }
    }

    private static SyncResult run(Laptop l) {
        try {
            return l.sync();
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
    }
}
