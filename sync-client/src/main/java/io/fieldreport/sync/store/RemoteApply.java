package io.fieldreport.sync.store;

import io.fieldreport.sync.clock.HybridClock;
import io.fieldreport.sync.clock.Stamp;
import io.fieldreport.sync.clock.Stamped;
import io.fieldreport.sync.protocol.ChangeResult;
import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.sync.protocol.PhotoRecord;
import io.fieldreport.sync.protocol.PullResponse;
import io.fieldreport.sync.protocol.PushResponse;
import io.fieldreport.sync.protocol.RecordMerge;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Applies what the web sends (pulled pages and push results) to the local store, field by field with
 * {@link RecordMerge}. A local version that loses is kept in {@link History}; when it was this
 * laptop's own edit still waiting in the outbox, it is an open conflict the inspector resolves.
 * Each page or batch of results is one transaction, so a cancel or crash leaves whole pages.
 */
public final class RemoteApply {

    /** What one page or one batch of results did here. */
    public record Counts(int applied, int superseded, int rejected, int retryLater, int changedHere, int conflicts) {
    }

    /** A pulled comment names an item this laptop does not have: refresh the inspection's items first. */
    public static final class MissingItemException extends RuntimeException {
        public MissingItemException(String itemId) {
            super("item '" + itemId + "' is not on this laptop yet");
        }
    }

    /**
     * How many pushes a change rejected with a retryable reason gets before it moves to the rejected
     * list: one per Save or Sync, or two when the web turned out to lack a photo's bytes.
     */
    public static final int MAX_RETRYABLE_REJECTIONS = 5;
    private static final String INSPECTION_PUBLISHED = "inspection_published";

    private final Database db;
    private final HybridClock clock;
    private final History history;
    private final Outbox outbox;
    private final RejectedChanges rejected;
    private final Clock wall;

    public RemoteApply(Database db, HybridClock clock, History history, Outbox outbox, RejectedChanges rejected,
                       Clock wall) {
        this.db = db;
        this.clock = clock;
        this.history = history;
        this.outbox = outbox;
        this.rejected = rejected;
        this.wall = wall;
    }

    /** Applies one pulled page and stores its cursor, in one transaction. */
    public Counts applyPage(UUID inspectionId, PullResponse page) {
        return db.transaction(c -> {
            int openBefore = openConflicts(c);
            InspectionStore.saveHeader(c, page.inspection());
            int changed = 0;
            for (CommentRecord comment : page.comments()) {
                changed += applyComment(c, inspectionId, comment) ? 1 : 0;
            }
            for (PhotoRecord photo : page.photos()) {
                changed += applyPhoto(c, inspectionId, photo) ? 1 : 0;
            }
            SyncStateStore.setCursor(c, inspectionId, page.nextCursor());
            keepHighWater(c);
            return new Counts(0, 0, 0, 0, changed, openConflicts(c) - openBefore);
        });
    }

    /**
     * Applies the web's answers to a batch of outbox entries: acknowledged entries leave the outbox,
     * superseded ones leave it too after the web's winning version is merged here (ours goes to
     * history as a conflict), retryable rejections stay queued (for at most
     * {@link #MAX_RETRYABLE_REJECTIONS} pushes), final rejections move to the rejected list, and
     * Force Sync's copies refused because the report is published are dropped.
     */
    public Counts applyResults(List<OutboxEntry> sent, PushResponse response) {
        Map<UUID, OutboxEntry> byChange = new HashMap<>();
        for (OutboxEntry e : sent) {
            byChange.put(e.changeId(), e);
        }
        return db.transaction(c -> {
            int applied = 0;
            int superseded = 0;
            int rejectedCount = 0;
            int retry = 0;
            int changed = 0;
            int openBefore = openConflicts(c);
            long now = wall.millis();
            for (ChangeResult result : response.results()) {
                OutboxEntry entry = byChange.get(result.changeId());
                if (entry == null) {
                    continue; // an answer for a change we did not send in this batch: ignore it
                }
                switch (result.outcome()) {
                    case APPLIED -> {
                        outbox.acknowledge(c, entry.changeId());
                        applied++;
                    }
                    case SUPERSEDED -> {
                        boolean here = result.comment() != null
                                ? applyComment(c, entry.inspectionId(), result.comment())
                                : result.photo() != null && applyPhoto(c, entry.inspectionId(), result.photo());
                        recordLostAtWeb(c, entry, result, now);
                        changed += here ? 1 : 0;
                        outbox.acknowledge(c, entry.changeId());
                        superseded++;
                    }
                    case REJECTED -> {
                        if (entry.resent() && INSPECTION_PUBLISHED.equals(result.reason())) {
                            // Force Sync's copy of a version the web acknowledged before: the published
                            // report has it (if the web lost it, verify names the difference). Listing
                            // every such copy would bury the rejections that are news.
                            outbox.acknowledge(c, entry.changeId());
                        } else if (result.retryable() && entry.attempts() + 1 < MAX_RETRYABLE_REJECTIONS) {
                            markFailed(c, entry, result.reason() + ": " + result.message());
                            retry++;
                        } else {
                            rejected.add(c, entry, result.reason(), result.retryable()
                                    ? gaveUp(entry, result) : result.message(), now);
                            outbox.acknowledge(c, entry.changeId());
                            rejectedCount++;
                        }
                    }
                    default -> throw new IllegalStateException(result.outcome().toString());
                }
            }
            keepHighWater(c);
            return new Counts(applied, superseded, rejectedCount, retry, changed, openConflicts(c) - openBefore);
        });
    }

    /**
     * The inspector's words for a change the web kept refusing with a reason that may pass (its
     * photo's comment not there yet, its bytes not uploaded) until the laptop stopped trying: it
     * would otherwise stay queued for ever and the queue would never empty.
     */
    private static String gaveUp(OutboxEntry entry, ChangeResult result) {
        String why = switch (result.reason()) {
            case "unknown_comment" -> "the web does not have the comment this photo belongs to (if that comment"
                    + " was rejected too, it is in this list)";
            case "photo_not_uploaded" -> "the web does not hold this photo's bytes although they were sent";
            default -> result.message();
        };
        return "The web refused this change " + (entry.attempts() + 1) + " times: " + why + ". It was taken out of"
                + " the queue so the rest can go; it stays on this laptop.";
    }

    /**
     * A superseded field whose local row already moved on (a newer local edit merged into the entry)
     * is not replaced by the merge above; the version we sent still lost at the web and is kept.
     */
    private void recordLostAtWeb(Connection c, OutboxEntry entry, ChangeResult result, long now) throws SQLException {
        for (String field : result.lostFields()) {
            Stamped<?> ours = entry.change().comment() != null
                    ? entry.change().comment().field(field) : entry.change().photo().field(field);
            Stamped<?> winner = result.comment() != null ? result.comment().field(field)
                    : result.photo() != null ? result.photo().field(field) : null;
            if (ours == null || winner == null) {
                continue;
            }
            boolean mine = ours.stamp().device().equals(clock.device());
            history.record(c, entry.inspectionId(), entry.change().comment() != null ? "comment" : "photo",
                    entry.change().entityId(), new RecordMerge.Loss(field, ours, winner), mine, now);
        }
    }

    private void markFailed(Connection c, OutboxEntry entry, String error) throws SQLException {
        try (var ps = c.prepareStatement(
                "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE change_id = ?")) {
            ps.setString(1, error);
            ps.setString(2, entry.changeId().toString());
            ps.executeUpdate();
        }
    }

    /** @return whether the local row changed */
    private boolean applyComment(Connection c, UUID inspectionId, CommentRecord incoming) throws SQLException {
        observe(incoming.created(), incoming.text(), incoming.rating(), incoming.deleted());
        var current = CommentTable.find(c, incoming.id());
        if (current.isEmpty()) {
            if (!incoming.isComplete()) {
                return false;
            }
            if (!InspectionStore.hasItem(c, inspectionId, incoming.itemId())) {
                throw new MissingItemException(incoming.itemId());
            }
            CommentTable.upsert(c, inspectionId, incoming);
            return true;
        }
        var merge = RecordMerge.merge(current.get(), incoming);
        if (!merge.changed()) {
            return false;
        }
        keepLosers(c, inspectionId, "comment", incoming.id(), merge.currentLost());
        CommentTable.upsert(c, inspectionId, merge.merged());
        return true;
    }

    private boolean applyPhoto(Connection c, UUID inspectionId, PhotoRecord incoming) throws SQLException {
        observe(incoming.created(), incoming.content(), incoming.caption(), incoming.deleted());
        var current = PhotoTable.find(c, incoming.id());
        if (current.isEmpty()) {
            if (!incoming.isComplete()) {
                return false;
            }
            PhotoTable.upsert(c, inspectionId, incoming);
            return true;
        }
        var merge = RecordMerge.merge(current.get(), incoming);
        if (!merge.changed()) {
            return false;
        }
        keepLosers(c, inspectionId, "photo", incoming.id(), merge.currentLost());
        PhotoTable.upsert(c, inspectionId, merge.merged());
        return true;
    }

    /**
     * Keeps every local version replaced by a newer one from the web. It is a conflict when it was
     * this laptop's own edit that the web had not acknowledged: nobody else could have seen it.
     */
    private void keepLosers(Connection c, UUID inspectionId, String entity, UUID entityId, List<RecordMerge.Loss> losses)
            throws SQLException {
        if (losses.isEmpty()) {
            return;
        }
        Set<String> pendingStamps = new HashSet<>();
        outbox.pendingFor(c, entityId).ifPresent(e -> {
            for (RecordMerge.Loss loss : losses) {
                Stamped<?> queued = e.change().comment() != null
                        ? e.change().comment().field(loss.field()) : e.change().photo().field(loss.field());
                if (queued != null) {
                    pendingStamps.add(loss.field() + "@" + queued.stamp());
                }
            }
        });
        long now = wall.millis();
        for (RecordMerge.Loss loss : losses) {
            boolean conflict = pendingStamps.contains(loss.field() + "@" + loss.loser().stamp());
            history.record(c, inspectionId, entity, entityId, loss, conflict, now);
        }
    }

    private void observe(Stamp created, Stamped<?>... fields) {
        clock.observe(created);
        for (Stamped<?> f : fields) {
            if (f != null) {
                clock.observe(f.stamp());
            }
        }
    }

    private void keepHighWater(Connection c) throws SQLException {
        Settings.put(c, Settings.CLOCK_HIGH_WATER, clock.highWater().toString());
    }

    private static int openConflicts(Connection c) throws SQLException {
        try (var s = c.createStatement();
             var rs = s.executeQuery("SELECT count(*) FROM history WHERE conflict = 'open'")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
