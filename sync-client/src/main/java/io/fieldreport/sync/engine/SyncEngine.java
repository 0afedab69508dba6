package io.fieldreport.sync.engine;

import io.fieldreport.sync.CancelToken;
import io.fieldreport.sync.Operation;
import io.fieldreport.sync.Phase;
import io.fieldreport.sync.SyncCancelledException;
import io.fieldreport.sync.SyncException;
import io.fieldreport.sync.SyncListener;
import io.fieldreport.sync.SyncResult;
import io.fieldreport.sync.VerifyReport;
import io.fieldreport.sync.WebRefusedException;
import io.fieldreport.sync.protocol.InspectionStatus;
import io.fieldreport.sync.protocol.LockRequest;
import io.fieldreport.sync.store.InspectionStore;
import io.fieldreport.sync.store.Outbox;
import io.fieldreport.sync.store.PhotoQueue;
import io.fieldreport.sync.store.ResendAll;
import io.fieldreport.sync.store.SyncStateStore;
import io.fieldreport.sync.transport.Cancellation;
import io.fieldreport.sync.transport.WebApi;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Runs Save, Sync, Force Sync All Data, Verify and the initial download of an inspection, one at a
 * time per profile ({@link OperationGate}). Each step that changes the local store is its own
 * transaction, so a cancel or a crash at any point leaves whole steps: what the web acknowledged
 * stays acknowledged, the rest stays pending for the next operation.
 */
public final class SyncEngine {

    /** Tunables; tests shorten the waits. */
    public record Settings(Backoff backoff, Pause pause, int leaseSeconds) {
        public static final Settings DEFAULT = new Settings(Backoff.DEFAULT, Pause.REAL, 60);
    }

    private final WebApi api;
    private final Outbox outbox;
    private final PhotoQueue photos;
    private final InspectionStore inspections;
    private final SyncStateStore state;
    private final ResendAll resendAll;
    private final Pusher pusher;
    private final Puller puller;
    private final PhotoTransfer transfer;
    private final ParallelSteps transfers;
    private final Verifier verifier;
    private final Retrier retrier;
    private final OperationGate gate;
    private final LeaseTimer leaseTimer;
    private final Clock wall;
    private final String deviceId;
    private final Settings settings;
    private final io.fieldreport.sync.store.Settings profileSettings;

    /** Everything the engine works with, built by {@code SyncClient} for one signed-in profile. */
    public record Parts(WebApi api, Outbox outbox, PhotoQueue photos, InspectionStore inspections,
                        SyncStateStore state, ResendAll resendAll, io.fieldreport.sync.store.RemoteApply apply,
                        io.fieldreport.sync.store.RejectedChanges rejected,
                        io.fieldreport.sync.store.LocalManifest manifest, io.fieldreport.sync.store.PhotoFiles files,
                        io.fieldreport.sync.store.Settings profileSettings, java.nio.file.Path lockFile,
                        ScheduledExecutorService scheduler, Executor transfers, Clock wall, String deviceId) {
    }

    /**
     * Photos moved at once, each way. Three keep the network busy while the others wait for the
     * disk (measured in docs/BENCHMARKS.md); more only split a poor connection's bandwidth further
     * and leave more half-sent photos behind when the signal goes.
     */
    static final int PHOTOS_AT_ONCE = 3;

    public SyncEngine(Parts p, Settings settings) {
        this.api = p.api();
        this.outbox = p.outbox();
        this.photos = p.photos();
        this.inspections = p.inspections();
        this.state = p.state();
        this.resendAll = p.resendAll();
        this.leaseTimer = LeaseTimer.of(p.scheduler());
        this.wall = p.wall();
        this.deviceId = p.deviceId();
        this.settings = settings;
        this.profileSettings = p.profileSettings();
        this.retrier = new Retrier(settings.backoff(), settings.pause(), () -> new Retrier.Pending(outbox.count(null),
                photos.toUpload(null).size(), photos.toDownload(null).size()));
        this.transfer = new PhotoTransfer(p.files(), photos, retrier, settings.backoff(), settings.pause());
        this.transfers = new ParallelSteps(p.transfers(), PHOTOS_AT_ONCE);
        this.pusher = new Pusher(outbox, photos, transfer, transfers, p.apply(), p.rejected(), retrier, wall, deviceId);
        this.puller = new Puller(state, p.apply(), inspections, retrier, new ParallelSteps(p.transfers(), 1));
        this.verifier = new Verifier(p.manifest(), outbox, photos, retrier, p.transfers());
        this.gate = new OperationGate(p.lockFile(), settings.pause());
    }

    /** Key of the most recent error of any operation, for the overall status. */
    public static final String LAST_ERROR = "sync.lastError";

    /** True while an operation runs on this profile in this process. */
    public boolean isBusy() {
        return gate.isBusy();
    }

    /** Sends every unacknowledged change of every inspection on the laptop; nothing is pulled. */
    public SyncResult save(SyncListener listener, CancelToken cancel) throws SyncException {
        return run(Operation.SAVE, null, listener, cancel, false, (web, progress, result) -> {
            var pushed = pusher.push(web, null, progress, cancel, LeaseCheck.NONE);
            result.add(pushed);
        });
    }

    /**
     * Takes the inspection's sync lock, pushes as Save does (every inspection), pulls what changed on
     * the web for this inspection only, downloads the photos this laptop lacks, checks the manifest
     * roots and releases the lock.
     */
    public SyncResult sync(UUID inspectionId, SyncListener listener, CancelToken cancel, long lockWaitMillis)
            throws SyncException {
        return sync(Operation.SYNC, inspectionId, listener, cancel, lockWaitMillis, false);
    }

    /** Like {@link #sync} but only if nothing else runs: what auto-sync calls. {@code null} if busy. */
    public SyncResult syncIfIdle(UUID inspectionId, SyncListener listener, CancelToken cancel, long lockWaitMillis)
            throws SyncException {
        if (inspectionId == null) {
            return run(Operation.SAVE, null, listener, cancel, true,
                    (web, progress, result) -> result.add(pusher.push(web, null, progress, cancel, LeaseCheck.NONE)));
        }
        return sync(Operation.SYNC, inspectionId, listener, cancel, lockWaitMillis, true);
    }

    private SyncResult sync(Operation op, UUID inspectionId, SyncListener listener, CancelToken cancel,
                            long lockWaitMillis, boolean onlyIfIdle) throws SyncException {
        return run(op, inspectionId, listener, cancel, onlyIfIdle, (web, progress, result) -> {
            try (SyncLockLease lease = lock(web, inspectionId, lockWaitMillis, progress, cancel)) {
                pushAndPull(web, inspectionId, false, progress, cancel, lease, result);
                download(web, inspectionId, progress, cancel, result, lease);
                result.downloadComplete = true;
                result.verify = verifier.verify(web, inspectionId, false, progress, cancel);
            }
            result.synced = true;
        });
    }

    /**
     * Resends every comment and photo of every inspection on the laptop as if never sent, pulls the
     * open inspection from scratch, downloads what is missing and verifies. Inspections this laptop
     * knows are published are not resent: the web takes no changes to them, and resending would only
     * fill the rejected list with copies of what it already has. (For one published since the last
     * pull, the web's refusals of the copies are dropped quietly: see {@code RemoteApply}.)
     */
    public SyncResult forceSync(UUID inspectionId, SyncListener listener, CancelToken cancel, long lockWaitMillis)
            throws SyncException {
        return run(Operation.FORCE_SYNC, inspectionId, listener, cancel, false, (web, progress, result) -> {
            try (SyncLockLease lease = lock(web, inspectionId, lockWaitMillis, progress, cancel)) {
                progress.phase(Phase.PREPARING, -1, 0);
                for (var inspection : inspections.list()) {
                    if (inspection.status() != InspectionStatus.PUBLISHED) {
                        resendAll.requeue(inspection.id());
                    }
                }
                pushAndPull(web, inspectionId, true, progress, cancel, lease, result);
                download(web, inspectionId, progress, cancel, result, lease);
                result.downloadComplete = true;
                result.verify = verifier.verify(web, inspectionId, true, progress, cancel);
            }
            result.synced = true;
            result.forceSynced = true;
        });
    }

    /**
     * Pushes as Save does (every inspection), then pulls this inspection. A Force Sync pulls the
     * whole inspection while the photo bytes upload: the pull needs only the comment changes on the
     * web before it, and thousands of records then come back behind the photos instead of after
     * them (a photo change pushed after the pull comes back with the next one, the same as here). A
     * Sync's pull is small, and goes after the push with its own progress.
     */
    private void pushAndPull(WebApi web, UUID inspectionId, boolean fromScratch, Progress progress,
                             Cancellation cancel, SyncLockLease lease, Accumulator result) throws SyncException {
        int[][] pulled = {null};
        Pusher.Beside pull = shown -> {
            lease.ensureHeld();
            pulled[0] = puller.pull(web, inspectionId, fromScratch, shown, cancel, lease);
        };
        result.add(pusher.push(web, null, progress, cancel, lease, fromScratch ? pull : Pusher.Beside.NOTHING));
        if (!fromScratch) {
            pull.run(progress);
        }
        result.pulled += pulled[0][0];
        result.conflicts += pulled[0][1];
        lease.ensureHeld();
    }

    /** Compares the inspection on this laptop with the web's copy; changes nothing. */
    public VerifyReport verify(UUID inspectionId, SyncListener listener, CancelToken cancel) throws SyncException {
        SyncResult r = run(Operation.VERIFY, inspectionId, listener, cancel, false, (web, progress, result) -> {
            result.verify = verifier.verify(web, inspectionId, true, progress, cancel);
        });
        return r.verify();
    }

    /**
     * Downloads an inspection this laptop has not downloaded whole yet: its items, every comment and
     * photo. A download cut before its end (cancelled, the signal gone) is resumed by the next one,
     * from the last page applied: only the end of a download marks it complete. It takes no lock,
     * since it changes nothing on the web.
     */
    public SyncResult download(UUID inspectionId, SyncListener listener, CancelToken cancel) throws SyncException {
        return run(Operation.INITIAL_SYNC, inspectionId, listener, cancel, false, (web, progress, result) -> {
            progress.phase(Phase.PULLING, -1, 0);
            inspections.save(retrier.call("opening the inspection", cancel, progress, () -> web.inspection(inspectionId)));
            int[] pulled = puller.pull(web, inspectionId, false, progress, cancel, LeaseCheck.NONE);
            result.pulled += pulled[0];
            result.conflicts += pulled[1];
            download(web, inspectionId, progress, cancel, result, LeaseCheck.NONE);
            result.downloadComplete = true;
            result.synced = true;
        });
    }

    private void download(WebApi web, UUID inspectionId, Progress progress, Cancellation cancel, Accumulator result,
                          LeaseCheck lease) throws SyncException {
        List<PhotoQueue.Transfer> downloads = photos.toDownload(inspectionId);
        progress.phase(Phase.DOWNLOADING_PHOTOS, downloads.size(),
                downloads.stream().mapToLong(t -> t.content().size()).sum());
        transfers.run(downloads, web, cancel, (t, api, stop) -> {
            lease.ensureHeld();
            try {
                long received = transfer.download(api, t, progress, stop);
                synchronized (result) {
                    result.bytesDownloaded += received;
                    result.photosDownloaded++;
                }
            } catch (WebRefusedException e) {
                // One photo the web cannot serve must not stop the rest; verify names it.
                synchronized (result) {
                    result.problems.add("A photo (" + t.content().sha256().substring(0, 12)
                            + "…) could not be downloaded: " + e.getMessage());
                }
            }
            progress.items(1);
        });
    }

    private SyncLockLease lock(WebApi web, UUID inspectionId, long lockWaitMillis, Progress progress,
                               Cancellation cancel) throws SyncException {
        return SyncLockLease.acquire(api, web, inspectionId, new LockRequest(deviceId, settings.leaseSeconds()),
                leaseTimer, wall, lockWaitMillis, retrier, settings.pause(), progress, cancel);
    }

    /** The body of one operation. */
    @FunctionalInterface
    private interface Body {
        void run(WebApi web, Progress progress, Accumulator result) throws SyncException;
    }

    /** Counts gathered while an operation runs. */
    private static final class Accumulator {
        int sent;
        int applied;
        int superseded;
        int rejected;
        int pulled;
        int photosUploaded;
        int photosDownloaded;
        long bytesUploaded;
        long bytesDownloaded;
        int conflicts;
        VerifyReport verify;
        boolean downloadComplete;
        boolean synced;
        boolean forceSynced;
        final List<String> problems = new ArrayList<>();

        void add(Pusher.Stats s) {
            sent += s.sent;
            applied += s.applied;
            superseded += s.superseded;
            rejected += s.rejected;
            conflicts += s.conflicts;
            photosUploaded += s.photosUploaded;
            bytesUploaded += s.bytesUploaded;
            problems.addAll(s.problems);
        }
    }

    private SyncResult run(Operation op, UUID inspectionId, SyncListener listener, CancelToken cancel,
                           boolean onlyIfIdle, Body body) throws SyncException {
        Progress progress = new Progress(op, listener);
        OperationGate.Pass pass = onlyIfIdle ? gate.tryEnter() : gate.enter(progress, cancel);
        if (pass == null) {
            return null;
        }
        long started = System.nanoTime();
        try (pass) {
            Accumulator result = new Accumulator();
            try {
                body.run(api.cancellable(cancel), progress, result);
            } catch (SyncException e) {
                if (!(e instanceof SyncCancelledException)) {
                    recordError(inspectionId, e.getMessage());
                }
                throw e;
            }
            Instant now = wall.instant();
            boolean pushed = op != Operation.VERIFY && op != Operation.INITIAL_SYNC;
            state.together(() -> {
                if (result.downloadComplete) {
                    state.markDownloadComplete(inspectionId);
                }
                if (result.verify != null) {
                    state.markVerified(inspectionId, now, result.verify.matched());
                }
                if (result.synced) {
                    state.markSynced(inspectionId, now);
                }
                if (result.forceSynced) {
                    state.markForceSynced(inspectionId, now);
                }
                if (pushed) {
                    markSavedWhereNothingWaits(now);
                }
                if (!result.problems.isEmpty()) {
                    recordError(inspectionId, String.join("\n", result.problems));
                } else if (pushed) {
                    // Only an operation that pushed clears the last error: a Verify or a download that
                    // succeeded says nothing about the Save that failed before it.
                    recordError(inspectionId, null);
                }
            });
            progress.done();
            return new SyncResult(op, inspectionId, result.sent, result.applied, result.superseded, result.rejected,
                    result.pulled, result.photosUploaded, result.photosDownloaded, result.bytesUploaded,
                    result.bytesDownloaded, result.conflicts, result.verify, outbox.count(null), result.problems,
                    Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private void markSavedWhereNothingWaits(Instant now) {
        var waiting = new java.util.HashSet<>(outbox.inspectionsWithPending());
        photos.toUpload(null).forEach(t -> waiting.add(t.inspectionId()));
        for (var inspection : inspections.list()) {
            if (!waiting.contains(inspection.id())) {
                state.markSaved(inspection.id(), now);
            }
        }
    }

    private void recordError(UUID inspectionId, String error) {
        if (inspectionId != null) {
            state.setLastError(inspectionId, error);
        }
        if (error == null) {
            profileSettings.remove(LAST_ERROR);
        } else {
            profileSettings.put(LAST_ERROR, error);
        }
    }
}
