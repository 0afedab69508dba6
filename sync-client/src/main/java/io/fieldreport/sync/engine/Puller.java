package io.fieldreport.sync.engine;

import io.fieldreport.sync.Phase;
import io.fieldreport.sync.SyncException;
import io.fieldreport.sync.protocol.PullResponse;
import io.fieldreport.sync.store.InspectionStore;
import io.fieldreport.sync.store.RemoteApply;
import io.fieldreport.sync.store.SyncStateStore;
import io.fieldreport.sync.transport.Cancellation;
import io.fieldreport.sync.transport.WebApi;
import java.util.List;
import java.util.UUID;

/**
 * The pull half of a Sync: asks for everything changed on the web since the stored cursor, page by
 * page, and applies each page with its cursor in one local transaction, so a cut pull resumes at
 * the first page not applied. The next page is fetched while one is applied.
 */
final class Puller {

    static final int PAGE = 500;

    private final SyncStateStore state;
    private final RemoteApply apply;
    private final InspectionStore inspections;
    private final Retrier retrier;
    private final ParallelSteps ahead;

    /** @param ahead where the next page is fetched while one is applied (one at a time is enough) */
    Puller(SyncStateStore state, RemoteApply apply, InspectionStore inspections, Retrier retrier, ParallelSteps ahead) {
        this.ahead = ahead;
        this.state = state;
        this.apply = apply;
        this.inspections = inspections;
        this.retrier = retrier;
    }

    /**
     * @param lease asked before every page, so a Sync whose lock ran out stops between pages
     * @return {entities that changed something here, new conflicts}
     */
    int[] pull(WebApi api, UUID inspectionId, boolean fromScratch, Progress progress, Cancellation cancel,
               LeaseCheck lease) throws SyncException {
        String cursor = fromScratch ? null : state.get(inspectionId).pullCursor();
        progress.phase(Phase.PULLING, -1, 0);
        int received = 0;
        int conflicts = 0;
        lease.ensureHeld();
        PullResponse page = fetch(api, inspectionId, cursor, progress, cancel);
        while (true) {
            // The next page comes over the network while this one is applied here: its cursor is
            // already known, and each page is still applied with its own cursor, in order.
            Fetching next = page.more() ? new Fetching(api, inspectionId, page.nextCursor(), progress, cancel) : null;
            RemoteApply.Counts counts;
            try {
                counts = apply(api, inspectionId, page, progress, cancel);
            } catch (SyncException | RuntimeException e) {
                if (next != null) {
                    next.abandon();
                }
                throw e;
            }
            // The laptop's own pushes come back too; only what changed something here counts as received.
            received += counts.changedHere();
            conflicts += counts.conflicts();
            progress.items(page.comments().size() + page.photos().size());
            if (next == null) {
                return new int[] {received, conflicts};
            }
            try {
                lease.ensureHeld();
            } catch (SyncException e) {
                next.abandon();
                throw e;
            }
            page = next.page();
        }
    }

    private RemoteApply.Counts apply(WebApi api, UUID inspectionId, PullResponse page, Progress progress,
                                     Cancellation cancel) throws SyncException {
        try {
            return apply.applyPage(inspectionId, page);
        } catch (RemoteApply.MissingItemException e) {
            // The web's template gained an item since this laptop downloaded the inspection.
            inspections.save(retrier.call("refreshing the inspection", cancel, progress,
                    () -> api.inspection(inspectionId)));
            return apply.applyPage(inspectionId, page);
        }
    }

    private PullResponse fetch(WebApi api, UUID inspectionId, String since, Progress progress, Cancellation cancel)
            throws SyncException {
        return retrier.call("receiving changes", cancel, progress, () -> api.pull(inspectionId, since, PAGE));
    }

    /** A page on its way, fetched on a pool thread. */
    private final class Fetching {
        private final PullResponse[] page = {null};
        private final ParallelSteps.Running running;

        Fetching(WebApi api, UUID inspectionId, String since, Progress progress, Cancellation cancel) {
            running = ahead.start(List.of(since), api, cancel,
                    (cursor, web, stop) -> page[0] = fetch(web, inspectionId, cursor, progress, stop));
        }

        PullResponse page() throws SyncException {
            running.await();
            return page[0];
        }

        /** Stops the fetch and waits for it to end, for a pull that failed meanwhile. */
        void abandon() {
            running.stop();
            try {
                running.await();
            } catch (SyncException | RuntimeException ignored) {
                // Stopped on purpose: the pull's own failure is the one reported.
            }
        }
    }
}
