package io.fieldreport.sync.engine;

import io.fieldreport.sync.LockHeldException;
import io.fieldreport.sync.Phase;
import io.fieldreport.sync.SyncException;
import io.fieldreport.sync.protocol.LockInfo;
import io.fieldreport.sync.protocol.LockRequest;
import io.fieldreport.sync.transport.Cancellation;
import io.fieldreport.sync.transport.WebApi;
import io.fieldreport.sync.transport.WebException;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;

/**
 * The inspection's sync lock, held for the length of a Sync: taken (waiting, within a limit, while
 * another inspector holds it), renewed in the background every third of the lease (a failed renewal
 * is tried again within seconds, so one lost request does not cost the lease), and released at the
 * end. The Sync asks {@link #ensureHeld()} between its steps: the lease counts as lost when the web
 * said so, or when no renewal got through for a whole lease. A lock left behind by a crash needs
 * nothing kept here: this laptop asking again gets its own lock back at once (the same inspector on
 * the same device, docs/PROTOCOL.md section 8), and for anyone else it ends with its lease.
 */
final class SyncLockLease implements AutoCloseable, LeaseCheck {

    private static final System.Logger LOG = System.getLogger(SyncLockLease.class.getName());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final long MIN_RETRY_MILLIS = 250;
    private static final long MAX_RETRY_MILLIS = 2_000;

    private final WebApi api;
    private final UUID inspectionId;
    private final LockRequest request;
    private final LockInfo info;
    private final LeaseTimer timer;
    private final Clock wall;
    private final long leaseMillis;
    /** Laptop time until which the lease surely holds: when the last request that got it was sent, plus the lease. */
    private volatile long heldUntil;
    private volatile String lost;
    /** Guarded by {@code this}. */
    private LeaseTimer.Scheduled next;
    /** Guarded by {@code this}. */
    private boolean closed;

    private SyncLockLease(WebApi api, UUID inspectionId, LockRequest request, LockInfo info,
                          LeaseTimer timer, Clock wall, long grantedAt) {
        this.api = api;
        this.inspectionId = inspectionId;
        this.request = request;
        this.info = info;
        this.timer = timer;
        this.wall = wall;
        this.leaseMillis = request.leaseSeconds() * 1000L;
        this.heldUntil = grantedAt + leaseMillis;
        scheduleRenewal(renewEveryMillis());
    }

    /** A third of the lease: two renewals can fail outright before it runs out. */
    long renewEveryMillis() {
        return Math.max(1, leaseMillis / 3);
    }

    /** After a failed renewal: soon, but not in a tight loop. */
    long retryMillis() {
        return Math.max(MIN_RETRY_MILLIS, Math.min(MAX_RETRY_MILLIS, leaseMillis / 20));
    }

    /**
     * Takes the lock, waiting up to {@code maxWaitMillis} while someone else holds it.
     *
     * @param api a web view that is not cancelled with the operation: renewals and the release must
     *            still get through after a cancel
     */
    static SyncLockLease acquire(WebApi api, WebApi cancellableApi, UUID inspectionId, LockRequest request,
                                 LeaseTimer timer, Clock wall,
                                 long maxWaitMillis, Retrier retrier, Pause pause, Progress progress,
                                 Cancellation cancel) throws SyncException {
        long deadline = wall.millis() + maxWaitMillis;
        progress.phase(Phase.LOCKING, -1, 0);
        while (true) {
            LockInfo[] holder = {null};
            long[] sentAt = {0};
            Optional<LockInfo> granted = retrier.call("taking the sync lock", cancel, progress, () -> {
                try {
                    sentAt[0] = wall.millis();
                    return Optional.of(cancellableApi.acquireLock(inspectionId, request));
                } catch (WebException e) {
                    if (!e.is("locked")) {
                        throw e;
                    }
                    holder[0] = e.lock();
                    return Optional.empty();
                }
            });
            if (granted.isPresent()) {
                return new SyncLockLease(api, inspectionId, request, granted.get(), timer, wall, sentAt[0]);
            }
            String name = holder[0] == null ? "Another inspector" : holder[0].holderName();
            Instant until = holder[0] == null ? null : Instant.ofEpochMilli(holder[0].expiresAt());
            long left = deadline - wall.millis();
            if (left <= 0) {
                throw new LockHeldException(name, until, name + " is syncing this inspection"
                        + (until == null ? "" : " (their lock runs until "
                        + TIME.format(until.atZone(ZoneId.systemDefault())) + ")")
                        + ". Try Sync again in a minute; your changes are safe on this laptop.");
            }
            progress.phase(Phase.WAITING_FOR_LOCK, -1, 0, name + " is syncing this inspection; waiting up to "
                    + Math.max(1, left / 1000) + " s more");
            pause.pause(Math.min(left, 2_000), cancel);
        }
    }

    private void renew() {
        long sentAt = wall.millis();
        try {
            api.renewLock(inspectionId, info.lockId(), request);
            heldUntil = Math.max(heldUntil, sentAt + leaseMillis);
            scheduleRenewal(renewEveryMillis());
        } catch (WebException e) {
            if (e.is("lock_lost")) {
                lost = "The sync lock was lost (its lease ran out); the sync stopped. Sync again.";
                LOG.log(System.Logger.Level.WARNING, "the web says the sync lock of " + inspectionId + " was lost");
                return;
            }
            failed(e);
        } catch (IOException | RuntimeException e) {
            failed(e);
        }
    }

    private void failed(Exception e) {
        long left = heldUntil - wall.millis();
        if (left <= 0) {
            lost = "The sync lock's lease ran out while the web could not be reached to renew it; the sync stopped."
                    + " Sync again.";
            LOG.log(System.Logger.Level.WARNING, "could not renew the sync lock of " + inspectionId
                    + " before its lease ran out: " + e.getMessage());
            return;
        }
        long retry = Math.min(retryMillis(), left);
        LOG.log(System.Logger.Level.INFO, "renewing the sync lock failed (" + e.getMessage() + "); trying again in "
                + retry + " ms, " + left + " ms of the lease left");
        scheduleRenewal(retry);
    }

    private synchronized void scheduleRenewal(long delayMillis) {
        if (closed || lost != null) {
            return;
        }
        try {
            next = timer.schedule(this::renew, delayMillis);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // The client is closing: the lease ends by itself, or the next Sync releases it.
            next = null;
        }
    }

    /** Fails the sync if the lease was lost meanwhile, or ran out without a renewal getting through. */
    @Override
    public void ensureHeld() throws SyncException {
        if (lost == null && wall.millis() >= heldUntil) {
            lost = "The sync lock's lease ran out before it could be renewed; the sync stopped. Sync again.";
        }
        if (lost != null) {
            throw new SyncException(lost);
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            if (next != null) {
                next.cancel();
            }
        }
        try {
            api.releaseLock(inspectionId, info.lockId());
        } catch (IOException | WebException e) {
            // This laptop's next Sync takes it straight back; for anyone else its lease ends by itself.
            LOG.log(System.Logger.Level.INFO, "could not release the sync lock: " + e.getMessage());
        }
    }
}
