package io.fieldreport.sync.engine;

import io.fieldreport.sync.LockHeldException;
import io.fieldreport.sync.Phase;
import io.fieldreport.sync.SyncException;
import io.fieldreport.sync.protocol.LockInfo;
import io.fieldreport.sync.protocol.LockRequest;
import io.fieldreport.sync.store.SyncStateStore;
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
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The inspection's sync lock, held for the length of a Sync: taken (waiting, within a limit, while
 * another inspector holds it), renewed at half the lease in the background, and released at the end.
 * The lock id is written to the profile while held, so a lock left behind by a crash is released
 * by the next Sync instead of blocking everyone until its lease ends.
 */
final class SyncLockLease implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SyncLockLease.class.getName());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final WebApi api;
    private final UUID inspectionId;
    private final LockRequest request;
    private final SyncStateStore state;
    private final LockInfo info;
    private final ScheduledFuture<?> renewal;
    private volatile String lost;

    private SyncLockLease(WebApi api, UUID inspectionId, LockRequest request, SyncStateStore state, LockInfo info,
                          ScheduledExecutorService scheduler) {
        this.api = api;
        this.inspectionId = inspectionId;
        this.request = request;
        this.state = state;
        this.info = info;
        long every = Math.max(1, request.leaseSeconds() * 1000L / 2);
        this.renewal = scheduler.scheduleAtFixedRate(this::renew, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Takes the lock, waiting up to {@code maxWaitMillis} while someone else holds it.
     *
     * @param api a web view that is not cancelled with the operation: renewals and the release must
     *            still get through after a cancel
     */
    static SyncLockLease acquire(WebApi api, WebApi cancellableApi, UUID inspectionId, LockRequest request,
                                 SyncStateStore state, ScheduledExecutorService scheduler, Clock wall,
                                 long maxWaitMillis, Retrier retrier, Pause pause, Progress progress,
                                 Cancellation cancel) throws SyncException {
        releaseLeftover(api, inspectionId, state);
        long deadline = wall.millis() + maxWaitMillis;
        progress.phase(Phase.LOCKING, -1, 0);
        while (true) {
            LockInfo[] holder = {null};
            Optional<LockInfo> granted = retrier.call("taking the sync lock", cancel, progress, () -> {
                try {
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
                state.setLockId(inspectionId, granted.get().lockId());
                return new SyncLockLease(api, inspectionId, request, state, granted.get(), scheduler);
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

    private static void releaseLeftover(WebApi api, UUID inspectionId, SyncStateStore state) {
        String leftover = state.get(inspectionId).lockId();
        if (leftover == null) {
            return;
        }
        try {
            api.releaseLock(inspectionId, leftover);
        } catch (IOException | WebException e) {
            LOG.log(System.Logger.Level.INFO, "could not release a lock left by an earlier run: " + e.getMessage());
        }
        state.setLockId(inspectionId, null);
    }

    private void renew() {
        try {
            api.renewLock(inspectionId, info.lockId(), request);
        } catch (WebException e) {
            if (e.is("lock_lost")) {
                lost = "The sync lock was lost (its lease ran out); the sync stopped. Sync again.";
                renewal.cancel(false);
            }
        } catch (IOException | RuntimeException e) {
            // A missed renewal is retried at the next tick; the lease is twice the interval.
            LOG.log(System.Logger.Level.DEBUG, "lock renewal failed: " + e.getMessage());
        }
    }

    /** Fails the sync if the lease was lost meanwhile. */
    void ensureHeld() throws SyncException {
        if (lost != null) {
            throw new SyncException(lost);
        }
    }

    @Override
    public void close() {
        renewal.cancel(false);
        try {
            api.releaseLock(inspectionId, info.lockId());
            state.setLockId(inspectionId, null);
        } catch (IOException | WebException e) {
            // Left in the profile: the next Sync releases it, or its lease ends by itself.
            LOG.log(System.Logger.Level.INFO, "could not release the sync lock: " + e.getMessage());
        }
    }
}
