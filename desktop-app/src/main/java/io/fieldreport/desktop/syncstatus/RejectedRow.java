package io.fieldreport.desktop.syncstatus;

import io.fieldreport.sync.SyncClient;
import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.sync.protocol.ItemRecord;
import io.fieldreport.sync.protocol.PhotoRecord;
import io.fieldreport.sync.protocol.SectionRecord;
import io.fieldreport.sync.store.RejectedChange;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A change the web rejected, as the inspector finds it again: what it was ("Comment", "Photo"),
 * where in the report ("Roof › Coverings"), the start of its text or caption, and why in words.
 *
 * @param what    "Comment" or "Photo"
 * @param where   the item it belongs to, or "" when the laptop no longer knows it
 * @param excerpt the start of the comment's text or the photo's caption, quoted, or ""
 * @param reason  why the web refused it, in words
 */
public record RejectedRow(RejectedChange change, String what, String where, String excerpt, String reason) {

    private static final int EXCERPT = 80;

    /** Reads where each change belongs from the laptop's store (in the background). */
    static List<RejectedRow> read(SyncClient client, List<RejectedChange> changes) {
        Map<UUID, Map<String, String>> places = new HashMap<>();
        return changes.stream().map(r -> of(client, r, places)).toList();
    }

    private static RejectedRow of(SyncClient client, RejectedChange r, Map<UUID, Map<String, String>> places) {
        boolean photo = "photo".equals(r.entity());
        Optional<PhotoRecord> p = photo ? client.photo(r.entityId()) : Optional.empty();
        Optional<CommentRecord> c = photo ? p.flatMap(x -> client.comment(x.commentId())) : client.comment(r.entityId());
        String where = c.map(CommentRecord::itemId).map(item -> places.computeIfAbsent(r.inspectionId(),
                id -> titles(client, id)).getOrDefault(item, "")).orElse("");
        String text = photo ? p.map(x -> x.caption() == null ? "" : x.caption().value()).orElse("")
                : c.map(x -> x.text() == null ? "" : x.text().value()).orElse("");
        return new RejectedRow(r, photo ? "Photo" : "Comment", where, excerpt(text), reasonWords(r.reason(),
                r.message()));
    }

    private static Map<String, String> titles(SyncClient client, UUID inspection) {
        Map<String, String> m = new HashMap<>();
        for (SectionRecord s : client.sections(inspection)) {
            for (ItemRecord i : s.items()) {
                m.put(i.id(), s.title() + " › " + i.title());
            }
        }
        return m;
    }

    /** "“Step flashing at the dormer sidewall is…”", at most about 80 characters, or "" for no text. */
    static String excerpt(String text) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (t.isEmpty()) {
            return "";
        }
        if (t.length() > EXCERPT) {
            // Cut between words, so the excerpt does not end in half a word.
            int space = t.lastIndexOf(' ', EXCERPT);
            t = t.substring(0, space > EXCERPT / 2 ? space : EXCERPT).stripTrailing() + "…";
        }
        return "“" + t + "”";
    }

    /** The protocol's reason codes (docs/PROTOCOL.md, the push checks) in words; the web's own words otherwise. */
    static String reasonWords(String code, String message) {
        return switch (code == null ? "" : code) {
            case "inspection_published" -> "The office had already published the report.";
            case "unknown_item" -> "The report on the web has no such item.";
            case "wrong_inspection" -> "The web holds this under another inspection.";
            case "item_mismatch" -> "The web holds this under another item of the report.";
            case "incomplete" -> "The web lacked part of it: Force Sync All Data sends it whole.";
            case "unknown_comment" -> "The web does not have the comment this photo belongs to.";
            case "photo_not_uploaded" -> "The photo's picture had not reached the web.";
            default -> message == null || message.isBlank() ? "The web refused it." : message;
        };
    }
}
