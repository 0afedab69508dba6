package io.fieldreport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.CancelToken;
import io.fieldreport.sync.Phase;
import io.fieldreport.sync.SyncException;
import io.fieldreport.sync.SyncResult;
import io.fieldreport.sync.engine.SyncEngine;
import io.fieldreport.sync.protocol.LockInfo;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A Sync keeps its lock by renewing it, and stops between pages once its lease is gone. */
class LockLeaseTest {

    @RegisterExtension
    final Team team = new Team();

    private static CompletableFuture<SyncResult> syncInBackground(Laptop l, Hold hold) {
        return OwnThread.supply(() -> {
            try {
                return l.client.sync(l.inspection, hold, new CancelToken());
            } catch (SyncException e) {
                throw new CompletionException(e);
            }
        });
    }

    private LockInfo lockAtWeb() {
        return team.web.admin.inspection(team.web.inspection).lock();
    }

    @Test
    void aSyncThatLastsLongerThanItsLeaseKeepsTheLockByRenewingIt() throws Exception {
        var settings = new SyncEngine.Settings(Laptop.FAST.backoff(), Laptop.FAST.pause(), 5);
        try (Laptop ana = new Laptop(team.dir.resolve("ana5"), team.web, team.web.ana, team.web.clock, settings)) {
            ana.add("roof.coverings", "held past its 5 s lease", null);
            var hold = new Hold(p -> p.phase() == Phase.PULLING);
            var sync = syncInBackground(ana, hold);
            assertTrue(hold.awaitHeld(10));
            LockInfo taken = lockAtWeb();
            assertNotNull(taken);

            assertTrue(Await.until(() -> team.web.clock.millis() > taken.acquiredAt() + 6_000, Duration.ofSeconds(20)));
            LockInfo later = lockAtWeb();
            assertNotNull(later, "still held 6 s into a 5 s lease");
            assertEquals(taken.lockId(), later.lockId(), "the same lock, renewed");
            assertTrue(later.expiresAt() > taken.acquiredAt() + 6_000, "renewed: expires at +"
                    + (later.expiresAt() - taken.acquiredAt()) + " ms");
            hold.release();

            SyncResult result = sync.get(20, TimeUnit.SECONDS);
            assertTrue(result.verify().matched(), result.summary());
            assertNull(lockAtWeb(), "released at the end");
        }
    }

    @Test
    void aSyncWhoseLeaseRanOutStopsAtTheNextPullPage() throws Exception {
        var ana = team.ana();
        for (int i = 0; i < 1_200; i++) {
            team.ben().add("interior.walls", "Ben's wall note " + i, null);
        }
        team.ben().save();
        var hold = new Hold(p -> p.phase() == Phase.PULLING && p.itemsDone() > 0);
        var sync = syncInBackground(ana, hold);
        assertTrue(hold.awaitHeld(10), "held after the first page");

        team.web.clock.advance(Duration.ofSeconds(61)); // longer than the 60 s lease: nothing renewed it
        hold.release();

        var failure = assertThrowsCause(sync);
        assertTrue(failure.getMessage().contains("lease ran out"), failure.getMessage());
        int here = ana.client.allComments(ana.inspection).size();
        assertTrue(here > 0 && here < 1_200, "stopped between pages, with whole pages applied: " + here);

        var again = ana.sync();
        assertEquals(1_200, ana.client.allComments(ana.inspection).size());
        assertTrue(again.verify().matched(), again.summary());
    }

    private static Throwable assertThrowsCause(CompletableFuture<?> f) throws Exception {
        try {
            f.get(20, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            return e.getCause();
        }
        throw new AssertionError("the sync went on without its lock");
    }
}
