package io.fieldreport.sync.engine;

import io.fieldreport.sync.AccessDeniedException;
import io.fieldreport.sync.Phase;
import io.fieldreport.sync.SyncException;
import io.fieldreport.sync.protocol.Change;
import io.fieldreport.sync.protocol.ChangeOutcome;
import io.fieldreport.sync.protocol.ChangeResult;
import io.fieldreport.sync.protocol.PushRequest;
import io.fieldreport.sync.protocol.PushResponse;
import io.fieldreport.sync.store.Outbox;
import io.fieldreport.sync.store.OutboxEntry;
import io.fieldreport.sync.store.PhotoQueue;
import io.fieldreport.sync.store.RejectedChanges;
import io.fieldreport.sync.store.RemoteApply;
import io.fieldreport.sync.transport.Cancellation;
import io.fieldreport.sync.transport.WebApi;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The push half of every operation, in three steps: the comment changes, then the photo bytes the
 * web lacks, then the photo changes. Comments go first because they are small and are what the
 * office reads: a poor signal that keeps failing big uploads still gets the text to the web. A photo
 * change goes only after its bytes are on the web (the web refuses it otherwise). Changes go in
 * queue order and in batches, one inspection at a time, each batch's answers applied in one local
 * transaction. An inspection the inspector lost access to is reported and skipped, and a photo
 * whose bytes can never be sent is listed as rejected, so neither holds back the rest.
 */
final class Pusher {

    private static final String COMMENT = "comment";
    private static final String PHOTO = "photo";

    static final class Stats {
        int sent;
        int applied;
        int superseded;
        int rejected;
        int retryLater;
        int conflicts;
        int photosUploaded;
        long bytesUploaded;
        final List<String> problems = new ArrayList<>();
    }

    private final Outbox outbox;
    private final PhotoQueue photos;
    private final PhotoTransfer transfer;
    private final ParallelSteps transfers;
    private final RemoteApply apply;
    private final RejectedChanges rejected;
    private final Retrier retrier;
    private final Clock wall;
    private final String deviceId;

    Pusher(Outbox outbox, PhotoQueue photos, PhotoTransfer transfer, ParallelSteps transfers, RemoteApply apply,
           RejectedChanges rejected, Retrier retrier, Clock wall, String deviceId) {
        this.outbox = outbox;
        this.photos = photos;
        this.transfer = transfer;
        this.transfers = transfers;
        this.apply = apply;
        this.rejected = rejected;
        this.retrier = retrier;
        this.wall = wall;
        this.deviceId = deviceId;
    }

    /**
     * Work that can run while the photo bytes upload: a Sync's pull, which needs only the comment
     * changes on the web before it (it brings back whatever else the web holds).
     */
    @FunctionalInterface
    interface Beside {
        Beside NOTHING = progress -> { };

        /** @param progress where to report: quiet while the photos' progress is showing */
        void run(Progress progress) throws SyncException;
    }

    /**
     * @param only  the one inspection to push, or {@code null} for every inspection on the laptop
     * @param lease asked between photos, so a Sync whose lock ran out stops there
     */
    Stats push(WebApi api, UUID only, Progress progress, Cancellation cancel, LeaseCheck lease) throws SyncException {
        return push(api, only, progress, cancel, lease, Beside.NOTHING);
    }

    /** @param beside run once, after the comment changes are in, while the photo bytes upload */
    Stats push(WebApi api, UUID only, Progress progress, Cancellation cancel, LeaseCheck lease, Beside beside)
            throws SyncException {
        Stats stats = new Stats();
        // Changed by photo uploads running side by side (ParallelSteps).
        Set<UUID> skipped = ConcurrentHashMap.newKeySet();
        Set<String> heldBack = ConcurrentHashMap.newKeySet();
        Set<String> lostAtWeb = pushRound(api, only, progress, cancel, lease, stats, skipped, heldBack, beside);
        if (!lostAtWeb.isEmpty()) {
            // The web lost bytes it had confirmed before: send them again, then the photos that need them.
            lostAtWeb.forEach(photos::markNotOnWeb);
            pushRound(api, only, progress, cancel, lease, stats, skipped, heldBack, Beside.NOTHING);
        }
        return stats;
    }

    /**
     * The comment changes go first: on a poor signal the text, which the office reads, must not wait
     * behind photos. Once the first batch of them is in, the photo bytes start uploading beside the
     * rest of the comment changes (a Force Sync's thousands), so each side's waits (the web's commits,
     * the disk at either end) hide behind the other's work; progress then shows the photos, the
     * longer part by far. Last the photo changes, which need their bytes on the web.
     *
     * @param heldBack bytes that could not be sent in this operation: their photo changes wait
     */
    private Set<String> pushRound(WebApi api, UUID only, Progress progress, Cancellation cancel, LeaseCheck lease,
                                  Stats stats, Set<UUID> skipped, Set<String> heldBack, Beside beside)
            throws SyncException {
        Set<String> lostAtWeb = ConcurrentHashMap.newKeySet();
        ParallelSteps.Running[] photosGoing = {null};
        Runnable startPhotos = () -> photosGoing[0] = startUploads(api, only, progress, cancel, lease, stats, skipped,
                heldBack);
        try {
            pushQueued(api, only, COMMENT, progress, cancel, stats, skipped, Set.of(), lostAtWeb, startPhotos);
            if (photosGoing[0] == null) {
                startPhotos.run();
            }
            beside.run(photosGoing[0].isEmpty() ? progress : progress.quiet());
        } catch (SyncException | RuntimeException e) {
            if (photosGoing[0] != null) {
                photosGoing[0].stop();
                try {
                    photosGoing[0].await();
                } catch (SyncException | RuntimeException stopped) {
                    e.addSuppressed(stopped); // stopped because of e, which is the one to report
                }
            }
            throw e;
        }
        photosGoing[0].await();
        lease.ensureHeld();
        pushQueued(api, only, PHOTO, progress, cancel, stats, skipped, heldBack, lostAtWeb, null);
        return lostAtWeb;
    }

    private ParallelSteps.Running startUploads(WebApi api, UUID only, Progress progress, Cancellation cancel,
                                               LeaseCheck lease, Stats stats, Set<UUID> skipped, Set<String> heldBack) {
        List<PhotoQueue.Transfer> uploads = new ArrayList<>(photos.toUpload(only));
        uploads.removeIf(t -> skipped.contains(t.inspectionId()) || heldBack.contains(t.content().sha256()));
        if (!uploads.isEmpty()) {
            progress.phase(Phase.UPLOADING_PHOTOS, uploads.size(),
                    uploads.stream().mapToLong(t -> t.content().size()).sum());
        }
        return transfers.start(uploads, api, cancel, (t, web, stop) -> {
            if (!skipped.contains(t.inspectionId()) && !heldBack.contains(t.content().sha256())) {
                lease.ensureHeld();
                upload(web, t, only, progress, stop, stats, skipped, heldBack);
            }
            progress.items(1);
        });
    }

    /** One photo's bytes; runs beside the uploads of other photos, so what it shares it changes under a lock. */
    private void upload(WebApi api, PhotoQueue.Transfer t, UUID only, Progress progress, Cancellation cancel,
                        Stats stats, Set<UUID> skipped, Set<String> heldBack) throws SyncException {
        try {
            long sent = transfer.upload(api, t, progress, cancel);
            synchronized (stats) {
                stats.bytesUploaded += sent;
                stats.photosUploaded += sent > 0 ? 1 : 0;
            }
        } catch (AccessDeniedException e) {
            synchronized (stats) {
                skip(only, t.inspectionId(), e, stats, skipped);
            }
        } catch (PhotoRefusedException e) {
            // Only these bytes: the other photos and every change go on. The photo changes that
            // need them are listed as rejected in the next step.
            heldBack.add(t.content().sha256());
            if (e.lasting()) {
                photos.markRefused(t.content().sha256(), e.refusal());
            }
            synchronized (stats) {
                stats.problems.add(e.getMessage());
            }
        }
    }

    /**
     * Sends the queued changes of one kind, in queue order and in batches, one inspection at a time.
     *
     * @param afterFirstBatch run once the first batch is in (for the photos to start), or {@code null};
     *                        from then on this push reports nothing, as the photos' progress shows
     */
    private void pushQueued(WebApi api, UUID only, String entity, Progress progress, Cancellation cancel,
                            Stats stats, Set<UUID> skipped, Set<String> heldBack, Set<String> lostAtWeb,
                            Runnable afterFirstBatch) throws SyncException {
        progress.phase(Phase.PUSHING, outbox.count(only, entity), 0);
        Progress shown = progress;
        Runnable first = afterFirstBatch;
        Map<String, PhotoQueue.Refusal> refusals = PHOTO.equals(entity) ? photos.refusals() : Map.of();
        List<UUID> inspections = only == null ? outbox.inspectionsWithPending() : List.of(only);
        for (UUID inspectionId : inspections) {
            if (skipped.contains(inspectionId)) {
                continue;
            }
            long after = 0;
            while (true) {
                List<OutboxEntry> queued = outbox.pending(inspectionId, entity, after, PushRequest.MAX_CHANGES);
                if (queued.isEmpty()) {
                    break;
                }
                after = queued.get(queued.size() - 1).seq();
                List<OutboxEntry> batch = withoutRefusedBytes(queued, refusals, heldBack, stats);
                shown.items(queued.size() - batch.size());
                if (batch.isEmpty()) {
                    continue;
                }
                List<Change> changes = batch.stream().map(OutboxEntry::change).toList();
                var request = new PushRequest(deviceId, changes);
                PushResponse response;
                Progress reporting = shown;
                try {
                    response = retrier.call("sending changes", cancel, reporting, () -> api.push(inspectionId, request));
                } catch (AccessDeniedException e) {
                    synchronized (stats) {
                        skip(only, inspectionId, e, stats, skipped);
                    }
                    break;
                }
                var counts = apply.applyResults(batch, response);
                synchronized (stats) {
                    stats.sent += batch.size();
                    stats.applied += counts.applied();
                    stats.superseded += counts.superseded();
                    stats.rejected += counts.rejected();
                    stats.retryLater += counts.retryLater();
                    stats.conflicts += counts.conflicts();
                }
                collectLostBytes(batch, response, lostAtWeb);
                shown.items(batch.size());
                if (first != null) {
                    first.run();
                    first = null;
                    shown = progress.quiet();
                }
            }
        }
    }

    /**
     * Takes out the photo changes whose bytes are not on the web: those whose bytes can never be sent
     * move to the rejected list with the reason (Force Sync's copies, which hold nothing new, are
     * dropped: the first one is listed); those whose bytes could not be sent this time stay queued.
     */
    private List<OutboxEntry> withoutRefusedBytes(List<OutboxEntry> queued, Map<String, PhotoQueue.Refusal> refusals,
                                                  Set<String> heldBack, Stats stats) {
        if (refusals.isEmpty() && heldBack.isEmpty()) {
            return queued;
        }
        List<OutboxEntry> out = new ArrayList<>(queued.size());
        for (OutboxEntry e : queued) {
            var content = e.change().photo() == null ? null : e.change().photo().content();
            String sha = content == null ? null : content.value().sha256();
            PhotoQueue.Refusal refusal = sha == null ? null : refusals.get(sha);
            if (refusal == null && sha != null && heldBack.contains(sha)) {
                continue;
            }
            if (refusal == null) {
                out.add(e);
            } else if (e.resent()) {
                outbox.discardResent(e.changeId());
            } else if (rejected.rejectQueued(outbox, e, refusal.reason(), refusal.message(), wall.millis())) {
                stats.rejected++;
            }
        }
        return out;
    }

    private static void collectLostBytes(List<OutboxEntry> batch, PushResponse response, Set<String> lostAtWeb) {
        for (int i = 0; i < response.results().size() && i < batch.size(); i++) {
            ChangeResult r = response.results().get(i);
            Change c = batch.get(i).change();
            if (r.outcome() == ChangeOutcome.REJECTED && "photo_not_uploaded".equals(r.reason())
                    && c.photo() != null && c.photo().content() != null && c.changeId().equals(r.changeId())) {
                lostAtWeb.add(c.photo().content().value().sha256());
            }
        }
    }

    private static void skip(UUID only, UUID inspectionId, AccessDeniedException e, Stats stats, Set<UUID> skipped)
            throws AccessDeniedException {
        if (only != null) {
            throw e;
        }
        if (skipped.add(inspectionId)) {
            stats.problems.add("Inspection " + inspectionId + ": " + e.getMessage());
        }
    }
}
