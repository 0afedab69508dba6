package io.fieldreport.sync.engine;

import io.fieldreport.sync.Phase;
import io.fieldreport.sync.SyncException;
import io.fieldreport.sync.protocol.PullResponse;
import io.fieldreport.sync.store.InspectionStore;
import io.fieldreport.sync.store.RemoteApply;
import io.fieldreport.sync.store.SyncStateStore;
import io.fieldreport.sync.transport.Cancellation;
import io.fieldreport.sync.transport.WebApi;
import java.util.UUID;

/**
 * The pull half of a Sync: asks for everything changed on the web since the stored cursor, page by
 * page, and applies each page with its cursor in one local transaction, so a cut pull resumes at
 * the first page not applied.
 */
final class Puller {

    static final int PAGE = 500;

    private final SyncStateStore state;
    private final RemoteApply apply;
    private final InspectionStore inspections;
    private final Retrier retrier;

    Puller(SyncStateStore state, RemoteApply apply, InspectionStore inspections, Retrier retrier) {
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
        PullResponse page;
        do {
            lease.ensureHeld();
            String since = cursor;
            page = retrier.call("receiving changes", cancel, progress, () -> api.pull(inspectionId, since, PAGE));
            RemoteApply.Counts counts;
            try {
                counts = apply.applyPage(inspectionId, page);
            } catch (RemoteApply.MissingItemException e) {
                // The web's template gained an item since this laptop downloaded the inspection.
                inspections.save(retrier.call("refreshing the inspection", cancel, progress,
                        () -> api.inspection(inspectionId)));
                counts = apply.applyPage(inspectionId, page);
            }
            // The laptop's own pushes come back too; only what changed something here counts as received.
            received += counts.changedHere();
            conflicts += counts.conflicts();
            progress.items(page.comments().size() + page.photos().size());
            cursor = page.nextCursor();
        } while (page.more());
        return new int[] {received, conflicts};
    }
}
