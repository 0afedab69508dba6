package io.fieldreport.sync.engine;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.Operation;
import io.fieldreport.sync.SyncException;
import io.fieldreport.sync.SyncListener;
import io.fieldreport.sync.clock.SettableClock;
import io.fieldreport.sync.protocol.ErrorBody;
import io.fieldreport.sync.protocol.Health;
import io.fieldreport.sync.protocol.InspectionDetail;
import io.fieldreport.sync.protocol.InspectionList;
import io.fieldreport.sync.protocol.LockInfo;
import io.fieldreport.sync.protocol.LockRequest;
import io.fieldreport.sync.protocol.LockState;
import io.fieldreport.sync.protocol.Manifest;
import io.fieldreport.sync.protocol.PhotoContent;
import io.fieldreport.sync.protocol.PullResponse;
import io.fieldreport.sync.protocol.PushRequest;
import io.fieldreport.sync.protocol.PushResponse;
import io.fieldreport.sync.protocol.UserRecord;
import io.fieldreport.sync.transport.ByteProgress;
import io.fieldreport.sync.transport.UploadStatus;
import io.fieldreport.sync.transport.WebApi;
import io.fieldreport.sync.transport.WebException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The sync lock's renewals, with a test clock and a timer the test runs by hand: renewed every third
 * of the lease, a failed renewal tried again within seconds, and the lease counted as lost when the
 * web says so or when no renewal got through for a whole lease. No test waits for real time.
 */
class SyncLockLeaseTest {

    static final int LEASE_SECONDS = 60;

    static final long START = 1_795_342_867_000L;
    final SettableClock clock = new SettableClock(START);
    final ManualTimer timer = new ManualTimer();
    final LockWeb web = new LockWeb();
    UUID inspection = UUID.randomUUID();

    private SyncLockLease acquire() throws SyncException {
        Retrier retrier = new Retrier(new Backoff(0, 0, 1), (m, c) -> { }, () -> new Retrier.Pending(0, 0, 0));
        return SyncLockLease.acquire(web, web, inspection, new LockRequest("lap-0123456789ab", LEASE_SECONDS),
                timer, clock, 0, retrier, (m, c) -> { }, new Progress(Operation.SYNC, SyncListener.NONE),
                new io.fieldreport.sync.CancelToken());
    }

    @Test
    void theLockIsRenewedEveryThirdOfTheLease() throws Exception {
        try (SyncLockLease lease = acquire()) {
            assertEquals(20_000, timer.nextDelay());
            clock.advance(20_000);
            timer.runNext();
            assertEquals(1, web.renewals);
            assertEquals(20_000, timer.nextDelay());
            clock.advance(20_000);
            timer.runNext();
            clock.advance(20_000);
            timer.runNext();
            assertEquals(3, web.renewals);
            assertDoesNotThrow(lease::ensureHeld, "60 s after it was taken, renewed, the lock is still held");
        }
        assertEquals(1, web.releases);
    }

    @Test
    void aFailedRenewalIsTriedAgainWithinSecondsNotAtTheNextTick() throws Exception {
        try (SyncLockLease lease = acquire()) {
            web.renewFailures.add(new IOException("connection reset"));
            clock.advance(20_000);
            timer.runNext();
            assertEquals(1, web.renewals);
            long retry = timer.nextDelay();
            assertTrue(retry >= 250 && retry <= 3_000, "tried again after " + retry + " ms");
            clock.advance(retry);
            timer.runNext();
            assertEquals(2, web.renewals);
            assertEquals(20_000, timer.nextDelay(), "back to a third of the lease once a renewal got through");
            assertDoesNotThrow(lease::ensureHeld);
        }
    }

    @Test
    void theLeaseCountsAsLostWhenNoRenewalGotThroughForAWholeLease() throws Exception {
        try (SyncLockLease lease = acquire()) {
            for (int i = 0; i < 100; i++) {
                web.renewFailures.add(new IOException("no signal"));
            }
            clock.advance(20_000);
            while (clock.millis() < START + 60_000 && timer.pending()) {
                clock.advance(timer.nextDelay());
                timer.runNext();
            }
            assertTrue(web.renewals > 10, "kept trying: " + web.renewals);
            var e = assertThrows(SyncException.class, lease::ensureHeld);
            assertTrue(e.getMessage().contains("Sync again"), e.getMessage());
            assertTrue(!timer.pending(), "no more renewals once the lease is gone");
        }
    }

    @Test
    void theLeaseIsLostWhenTheWebSaysSo() throws Exception {
        try (SyncLockLease lease = acquire()) {
            web.renewFailures.add(new WebException(409, new ErrorBody.Detail("lock_lost", "expired", false, null)));
            clock.advance(20_000);
            timer.runNext();
            assertThrows(SyncException.class, lease::ensureHeld);
            assertTrue(!timer.pending());
        }
    }

    @Test
    void evenWithoutARenewalRunningTheLeaseRunsOutAfterItsLength() throws Exception {
        try (SyncLockLease lease = acquire()) {
            clock.advance(59_000);
            assertDoesNotThrow(lease::ensureHeld);
            clock.advance(1_000);
            assertThrows(SyncException.class, lease::ensureHeld,
                    "a renewal stuck behind a hung request does not make the lease last for ever");
        }
    }

    /** A clock the test moves. */
    /** Keeps scheduled tasks until the test runs them, in the order they were scheduled. */
    static final class ManualTimer implements LeaseTimer {
        private record Task(Runnable task, long delay, boolean[] cancelled) {
        }

        private final List<Task> tasks = new ArrayList<>();

        @Override
        public Scheduled schedule(Runnable task, long delayMillis) {
            boolean[] cancelled = {false};
            tasks.add(new Task(task, delayMillis, cancelled));
            return () -> cancelled[0] = true;
        }

        boolean pending() {
            tasks.removeIf(t -> t.cancelled()[0]);
            return !tasks.isEmpty();
        }

        long nextDelay() {
            assertTrue(pending(), "a renewal is scheduled");
            return tasks.get(0).delay();
        }

        void runNext() {
            assertTrue(pending(), "a renewal is scheduled");
            tasks.remove(0).task().run();
        }
    }

    /** A web that grants the lock and answers renewals as scripted. */
    static final class LockWeb implements WebApi {
        final Deque<Exception> renewFailures = new ArrayDeque<>();
        int renewals;
        int releases;

        @Override
        public LockInfo acquireLock(UUID inspectionId, LockRequest request) {
            return new LockInfo("lock-1", "u-ana", "Ana Reyes", request.deviceId(), 0, request.leaseSeconds() * 1000L);
        }

        @Override
        public LockInfo renewLock(UUID inspectionId, String lockId, LockRequest request)
                throws IOException, WebException {
            renewals++;
            Exception failure = renewFailures.poll();
            if (failure instanceof IOException io) {
                throw io;
            }
            if (failure instanceof WebException w) {
                throw w;
            }
            return new LockInfo(lockId, "u-ana", "Ana Reyes", request.deviceId(), 0, request.leaseSeconds() * 1000L);
        }

        @Override
        public void releaseLock(UUID inspectionId, String lockId) {
            releases++;
        }

        @Override
        public Health health() {
            throw new UnsupportedOperationException();
        }

        @Override
        public UserRecord me() {
            throw new UnsupportedOperationException();
        }

        @Override
        public InspectionList inspections() {
            throw new UnsupportedOperationException();
        }

        @Override
        public InspectionDetail inspection(UUID id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PushResponse push(UUID inspectionId, PushRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PullResponse pull(UUID inspectionId, String since, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Manifest manifest(UUID inspectionId, boolean withEntries) {
            throw new UnsupportedOperationException();
        }

        @Override
        public LockState lockState(UUID inspectionId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public UploadStatus uploadStatus(UUID inspectionId, String sha256) {
            throw new UnsupportedOperationException();
        }

        @Override
        public UploadStatus upload(UUID inspectionId, PhotoContent content, long offset, Path file,
                                   ByteProgress progress) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void download(UUID inspectionId, PhotoContent content, long offset, Path target,
                             ByteProgress progress) {
            throw new UnsupportedOperationException();
        }
    }
}
