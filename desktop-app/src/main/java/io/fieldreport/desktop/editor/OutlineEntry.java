package io.fieldreport.desktop.editor;

import io.fieldreport.sync.ItemSummary;
import io.fieldreport.sync.protocol.Rating;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * A section or an item in the report outline, with its live comment count and its most serious
 * rating, which change in place as comments are written or synced so the tree keeps its selection.
 */
public final class OutlineEntry {

    private final String sectionId;
    private final String itemId;
    private final String title;
    private final String path;
    private final List<OutlineEntry> items;
    private final ReadOnlyIntegerWrapper comments = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<Rating> worstRating = new ReadOnlyObjectWrapper<>();

    private OutlineEntry(String sectionId, String itemId, String title, String path, List<OutlineEntry> items) {
        this.sectionId = sectionId;
        this.itemId = itemId;
        this.title = title;
        this.path = path;
        this.items = List.copyOf(items);
    }

    public static OutlineEntry section(String id, String title, List<OutlineEntry> items) {
        return new OutlineEntry(id, null, title, title, items);
    }

    public static OutlineEntry item(String sectionId, String sectionTitle, String id, String title) {
        return new OutlineEntry(sectionId, id, title, sectionTitle + " › " + title, List.of());
    }

    public boolean isItem() {
        return itemId != null;
    }

    public String sectionId() {
        return sectionId;
    }

    /** The item's id, or null for a section. */
    public String itemId() {
        return itemId;
    }

    public String title() {
        return title;
    }

    /** "Roof › Coverings". */
    public String path() {
        return path;
    }

    public List<OutlineEntry> items() {
        return items;
    }

    public ReadOnlyIntegerProperty commentsProperty() {
        return comments.getReadOnlyProperty();
    }

    /** The most serious rating among the live comments, or null when none is rated. */
    public ReadOnlyObjectProperty<Rating> worstRatingProperty() {
        return worstRating.getReadOnlyProperty();
    }

    /** Takes the counts of an item, or sums those of a section's items. */
    void update(Map<String, ItemSummary> summaries) {
        if (isItem()) {
            ItemSummary s = summaries.get(itemId);
            comments.set(s == null ? 0 : s.comments());
            worstRating.set(s == null ? null : s.worstRating());
            return;
        }
        int total = 0;
        Rating worst = null;
        for (OutlineEntry item : items) {
            item.update(summaries);
            total += item.comments.get();
            Rating r = item.worstRating.get();
            if (r != null && (worst == null || r.ordinal() > worst.ordinal())) {
                worst = r;
            }
        }
        comments.set(total);
        worstRating.set(worst);
    }

    @Override
    public String toString() {
        return title;
    }
}
