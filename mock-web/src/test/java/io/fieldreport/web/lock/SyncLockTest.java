package io.fieldreport.web.lock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.protocol.LockInfo;
import io.fieldreport.sync.protocol.LockRequest;
import io.fieldreport.sync.protocol.LockState;
import io.fieldreport.web.support.Api;
import io.fieldreport.web.support.Records;
import io.fieldreport.web.support.Reply;
import io.fieldreport.web.support.TestWeb;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SyncLockTest {

    private static final String ANA_DEVICE = "lap-aaaaaaaaaaaa";
    private static final String BEN_DEVICE = "lap-bbbbbbbbbbbb";

    @RegisterExtension
    static final TestWeb web = TestWeb.perClass();
    UUID inspection;
    Api ana;
    Api ben;

    @BeforeEach
    void freshInspection() {
        inspection = web.newInspection();
        ana = web.ana();
        ben = web.ben();
    }

    private String lock() {
        return Records.path(inspection, "/lock");
    }

    private LockInfo take(Api who, String device) {
        Reply r = who.post(lock(), new LockRequest(device, 60));
        assertEquals(200, r.status(), r.text());
        return r.as(LockInfo.class);
    }

    @Test
    void aFreeLockIsTakenWithALease() {
        assertNull(ana.get(lock()).as(LockState.class).lock());
        LockInfo held = take(ana, ANA_DEVICE);
        assertEquals("Ana Reyes", held.holderName());
        assertEquals(web.clock.millis(), held.acquiredAt());
        assertEquals(web.clock.millis() + 60_000, held.expiresAt());
        LockState seen = ben.get(lock()).as(LockState.class);
        assertEquals(held.withoutId(), seen.lock(), "others see the holder but not the lock id");
    }

    @Test
    void aSecondInspectorGets423WithTheHolderAndUntilWhen() {
        LockInfo held = take(ben, BEN_DEVICE);
        Reply r = ana.post(lock(), new LockRequest(ANA_DEVICE, 60));
        assertEquals(423, r.status());
        var error = r.error();
        assertEquals("locked", error.code());
        assertTrue(error.retryable());
        assertEquals("Ben Okafor", error.lock().holderName());
        assertEquals(held.expiresAt(), error.lock().expiresAt());
        assertNull(error.lock().lockId(), "the lock id is the holder's secret");
        String until = java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss")
                .format(java.time.Instant.ofEpochMilli(held.expiresAt()).atZone(java.time.ZoneOffset.UTC));
        assertEquals("Ben Okafor is syncing this inspection until " + until + ".", error.message());
    }

    @Test
    void twoInspectorsAskingAtTheSameMomentGetExactlyOneLock() throws Exception {
        for (int round = 0; round < 20; round++) {
            UUID contested = web.newInspection();
            var start = new CyclicBarrier(2);
            Callable<Reply> anaAsks = () -> {
                start.await(30, TimeUnit.SECONDS);
                return ana.post(Records.path(contested, "/lock"), new LockRequest(ANA_DEVICE, 60));
            };
            Callable<Reply> benAsks = () -> {
                start.await(30, TimeUnit.SECONDS);
                return ben.post(Records.path(contested, "/lock"), new LockRequest(BEN_DEVICE, 60));
            };
            ExecutorService two = Executors.newFixedThreadPool(2);
            try {
                Future<Reply> a = two.submit(anaAsks);
                Future<Reply> b = two.submit(benAsks);
                List<Reply> replies = List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS));

                List<Integer> statuses = replies.stream().map(Reply::status).sorted().toList();
                assertEquals(List.of(200, 423), statuses, "round " + round + ": " + replies);
                LockInfo winner = replies.stream().filter(r -> r.status() == 200).findFirst().orElseThrow().as(LockInfo.class);
                Reply loser = replies.stream().filter(r -> r.status() == 423).findFirst().orElseThrow();
                assertEquals(winner.holderName(), loser.error().lock().holderName(), "the loser is told who won");
                assertEquals(winner.withoutId(), ana.get(Records.path(contested, "/lock")).as(LockState.class).lock());
            } finally {
                two.shutdownNow();
            }
        }
    }

    @Test
    void theSameUserOnAnotherDeviceWaitsToo() {
        take(ana, ANA_DEVICE);
        assertEquals(423, ana.post(lock(), new LockRequest("lap-cccccccccccc", 60)).status());
    }

    @Test
    void theSameDeviceAskingAgainGetsItsLockBack() {
        LockInfo first = take(ana, ANA_DEVICE);
        web.clock.advance(Duration.ofSeconds(20));
        LockInfo again = take(ana, ANA_DEVICE);
        assertEquals(first.lockId(), again.lockId());
        assertEquals(web.clock.millis() + 60_000, again.expiresAt());
    }

    @Test
    void aLeaseThatRunsOutFreesTheLockByItself() {
        take(ben, BEN_DEVICE);
        web.clock.advance(Duration.ofSeconds(59));
        assertEquals(423, ana.post(lock(), new LockRequest(ANA_DEVICE, 60)).status());
        web.clock.advance(Duration.ofSeconds(1));
        assertNull(ana.get(lock()).as(LockState.class).lock());
        assertEquals("Ana Reyes", take(ana, ANA_DEVICE).holderName());
    }

    @Test
    void renewingExtendsTheLeaseButAnEndedLeaseIsLost() {
        LockInfo held = take(ana, ANA_DEVICE);
        String renew = lock() + "/" + held.lockId();
        web.clock.advance(Duration.ofSeconds(30));
        Reply renewed = ana.put(renew, new LockRequest(ANA_DEVICE, 60));
        assertEquals(200, renewed.status(), renewed.text());
        assertEquals(web.clock.millis() + 60_000, renewed.as(LockInfo.class).expiresAt());

        web.clock.advance(Duration.ofSeconds(61));
        Reply lost = ana.put(renew, new LockRequest(ANA_DEVICE, 60));
        assertEquals(409, lost.status());
        assertEquals("lock_lost", lost.error().code());
    }

    @Test
    void onlyTheLockIdReleasesAndReleasingAnEndedLeaseIsFine() {
        LockInfo held = take(ana, ANA_DEVICE);
        assertEquals(204, ben.delete(lock() + "/" + UUID.randomUUID()).status());
        assertEquals("Ana Reyes", ben.get(lock()).as(LockState.class).lock().holderName(), "a wrong id releases nothing");
        assertEquals(204, ana.delete(lock() + "/" + held.lockId()).status());
        assertNull(ben.get(lock()).as(LockState.class).lock());
        assertEquals(204, ana.delete(lock() + "/" + held.lockId()).status(), "releasing twice is not an error");
    }

    @Test
    void anotherUserCannotRenewWithAStolenLockId() {
        LockInfo held = take(ana, ANA_DEVICE);
        Reply r = ben.put(lock() + "/" + held.lockId(), new LockRequest(BEN_DEVICE, 60));
        assertEquals(409, r.status());
        assertEquals("lock_lost", r.error().code());
    }

    @Test
    void aLeaseOutsideFiveToSixHundredSecondsIs400() {
        Reply r = ana.raw("POST", lock(), "{\"deviceId\":\"lap-aaaaaaaaaaaa\",\"leaseSeconds\":4}");
        assertEquals(400, r.status());
        assertNull(ana.get(lock()).as(LockState.class).lock());
    }
}
