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
import io.fieldreport.sync.store.RemoteApply;
import io.fieldreport.sync.transport.Cancellation;
import io.fieldreport.sync.transport.WebApi;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The push half of every operation: uploads the photo bytes the web lacks, then sends the outbox in
 * queue order and in batches, one inspection at a time, applying each batch's answers in one local
 * transaction. An inspection the inspector lost access to is reported and skipped, so it does not
 * hold back the others.
 */
final class Pusher {

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
    private final RemoteApply apply;
    private final Retrier retrier;
    private final String deviceId;

    Pusher(Outbox outbox, PhotoQueue photos, PhotoTransfer transfer, RemoteApply apply, Retrier retrier, String deviceId) {
        this.outbox = outbox;
        this.photos = photos;
        this.transfer = transfer;
        this.apply = apply;
        this.retrier = retrier;
        this.deviceId = deviceId;
    }

    /** @param only the one inspection to push, or {@code null} for every inspection on the laptop */
    Stats push(WebApi api, UUID only, Progress progress, Cancellation cancel) throws SyncException {
        Stats stats = new Stats();
        Set<UUID> skipped = new HashSet<>();
        Set<String> lostAtWeb = pushRound(api, only, progress, cancel, stats, skipped);
        if (!lostAtWeb.isEmpty()) {
            // The web lost bytes it had confirmed before: send them again, then the photos that need them.
            lostAtWeb.forEach(photos::markNotOnWeb);
            pushRound(api, only, progress, cancel, stats, skipped);
        }
        return stats;
    }

    private Set<String> pushRound(WebApi api, UUID only, Progress progress, Cancellation cancel, Stats stats,
                                  Set<UUID> skipped) throws SyncException {
        List<PhotoQueue.Transfer> uploads = new ArrayList<>(photos.toUpload(only));
        uploads.removeIf(t -> skipped.contains(t.inspectionId()));
        progress.phase(Phase.UPLOADING_PHOTOS, uploads.size(),
                uploads.stream().mapToLong(t -> t.content().size()).sum());
        for (PhotoQueue.Transfer t : uploads) {
            if (skipped.contains(t.inspectionId())) {
                continue;
            }
            try {
                long sent = transfer.upload(api, t, progress, cancel);
                stats.bytesUploaded += sent;
                stats.photosUploaded += sent > 0 ? 1 : 0;
            } catch (AccessDeniedException e) {
                skip(only, t.inspectionId(), e, stats, skipped);
            }
            progress.items(1);
        }

        Set<String> lostAtWeb = new HashSet<>();
        progress.phase(Phase.PUSHING, outbox.count(only), 0);
        List<UUID> inspections = only == null ? outbox.inspectionsWithPending() : List.of(only);
        for (UUID inspectionId : inspections) {
            if (skipped.contains(inspectionId)) {
                continue;
            }
            long after = 0;
            while (true) {
                List<OutboxEntry> batch = outbox.pending(inspectionId, after, PushRequest.MAX_CHANGES);
                if (batch.isEmpty()) {
                    break;
                }
                List<Change> changes = batch.stream().map(OutboxEntry::change).toList();
                var request = new PushRequest(deviceId, changes);
                PushResponse response;
                try {
                    response = retrier.call("sending changes", cancel, progress, () -> api.push(inspectionId, request));
                } catch (AccessDeniedException e) {
                    skip(only, inspectionId, e, stats, skipped);
                    break;
                }
                var counts = apply.applyResults(batch, response);
                stats.sent += batch.size();
                stats.applied += counts.applied();
                stats.superseded += counts.superseded();
                stats.rejected += counts.rejected();
                stats.retryLater += counts.retryLater();
                stats.conflicts += counts.conflicts();
                collectLostBytes(batch, response, lostAtWeb);
                progress.items(batch.size());
                after = batch.get(batch.size() - 1).seq();
            }
        }
        return lostAtWeb;
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
