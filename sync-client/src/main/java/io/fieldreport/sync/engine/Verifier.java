package io.fieldreport.sync.engine;

import io.fieldreport.sync.Phase;
import io.fieldreport.sync.SyncException;
import io.fieldreport.sync.VerifyReport;
import io.fieldreport.sync.VerifyReport.Difference;
import io.fieldreport.sync.VerifyReport.Problem;
import io.fieldreport.sync.clock.Stamp;
import io.fieldreport.sync.protocol.Manifest;
import io.fieldreport.sync.protocol.ManifestEntry;
import io.fieldreport.sync.protocol.ManifestHasher;
import io.fieldreport.sync.store.LocalManifest;
import io.fieldreport.sync.store.Outbox;
import io.fieldreport.sync.store.PhotoQueue;
import io.fieldreport.sync.transport.Cancellation;
import io.fieldreport.sync.transport.WebApi;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;

/**
 * Compares the laptop's copy of an inspection with the web's manifest: one small request when the
 * roots match; otherwise both entry lists, and exactly what differs. What differs only because it is
 * still queued here (an edit made while a Sync ran) is reported apart, as pending, not as a mismatch.
 */
final class Verifier {

    private final LocalManifest local;
    private final Executor pool;
    private final Outbox outbox;
    private final PhotoQueue photos;
    private final Retrier retrier;

    Verifier(LocalManifest local, Outbox outbox, PhotoQueue photos, Retrier retrier, Executor pool) {
        this.local = local;
        this.pool = pool;
        this.outbox = outbox;
        this.photos = photos;
        this.retrier = retrier;
    }

    /**
     * @param afresh recompute the laptop's side from the database and the photo files on disk;
     *               otherwise a root remembered since the last write to the inspection serves (a
     *               Sync's check), and only a mismatch recomputes
     */
    VerifyReport verify(WebApi api, UUID inspectionId, boolean afresh, Progress progress, Cancellation cancel)
            throws SyncException {
        progress.phase(Phase.VERIFYING, -1, 0);
        // Both sides hash the whole inspection: the laptop's half runs while the web computes its own.
        FutureTask<Manifest> mineNow = new FutureTask<>(() -> afresh ? local.compute(inspectionId, false)
                : local.root(inspectionId));
        pool.execute(mineNow);
        Manifest web;
        try {
            web = retrier.call("checking the web's copy", cancel, progress, () -> api.manifest(inspectionId, false));
        } catch (SyncException | RuntimeException e) {
            // Waited for all the same, so no reading of the profile outlives the operation.
            mineNow.run();
            try {
                result(mineNow);
            } catch (RuntimeException alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            throw e;
        }
        mineNow.run(); // here, unless a pool thread took it already
        Manifest here = result(mineNow);
        if (web.root().equals(here.root())) {
            return new VerifyReport(inspectionId, true, here.root(), web.root(), here.comments(), here.photos(),
                    web.comments(), web.photos(), List.of(), List.of());
        }
        List<ManifestEntry> mine = local.entries(inspectionId);
        here = ManifestHasher.manifest(mine, false);
        Manifest full = retrier.call("checking the web's copy", cancel, progress, () -> api.manifest(inspectionId, true));
        // Read after the web answered: whatever was queued by then cannot be on the web in this answer.
        Set<UUID> queued = outbox.pendingEntities(inspectionId);
        Set<String> bytesToSend = new HashSet<>();
        photos.toUpload(inspectionId).forEach(t -> bytesToSend.add(t.content().sha256()));
        Map<UUID, ManifestEntry> mineById = new HashMap<>();
        mine.forEach(e -> mineById.put(e.id(), e));
        List<Difference> differences = new ArrayList<>();
        List<Difference> pending = new ArrayList<>();
        for (Difference d : differences(mine, full.entries())) {
            ManifestEntry ours = mineById.get(d.id());
            boolean waiting = d.problem() != Problem.MISSING_ON_LAPTOP && (queued.contains(d.id())
                    || d.problem() == Problem.BYTES_MISSING_ON_WEB && ours != null && bytesToSend.contains(ours.sha256()));
            (waiting ? pending : differences).add(d);
        }
        return new VerifyReport(inspectionId, differences.isEmpty(), here.root(), full.root(),
                here.comments(), here.photos(), full.comments(), full.photos(), differences, pending);
    }

    private static Manifest result(FutureTask<Manifest> task) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    throw (Error) e.getCause();
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static List<Difference> differences(List<ManifestEntry> laptop, List<ManifestEntry> web) {
        Map<UUID, ManifestEntry> webById = new LinkedHashMap<>();
        web.forEach(e -> webById.put(e.id(), e));
        List<Difference> out = new ArrayList<>();
        for (ManifestEntry here : laptop) {
            ManifestEntry there = webById.remove(here.id());
            if (there == null) {
                out.add(new Difference(here.kind(), here.id(), Problem.MISSING_ON_WEB));
            } else if (!there.hash().equals(here.hash())) {
                out.add(new Difference(here.kind(), here.id(), compare(here, there)));
            }
        }
        webById.values().forEach(e -> out.add(new Difference(e.kind(), e.id(), Problem.MISSING_ON_LAPTOP)));
        return out;
    }

    private static Problem compare(ManifestEntry here, ManifestEntry there) {
        boolean newerHere = false;
        boolean newerThere = false;
        for (var field : here.stamps().entrySet()) {
            String theirs = there.stamps().get(field.getKey());
            if (theirs == null) {
                continue;
            }
            int c = Stamp.parse(field.getValue()).compareTo(Stamp.parse(theirs));
            newerHere |= c > 0;
            newerThere |= c < 0;
        }
        if (newerHere != newerThere) {
            return newerHere ? Problem.NEWER_ON_LAPTOP : Problem.NEWER_ON_WEB;
        }
        if (!newerHere && ManifestEntry.PHOTO.equals(here.kind()) && !Objects.equals(here.stored(), there.stored())) {
            return Boolean.TRUE.equals(here.stored()) ? Problem.BYTES_MISSING_ON_WEB : Problem.BYTES_MISSING_ON_LAPTOP;
        }
        return Problem.DIFFERENT;
    }
}
