package io.fieldreport.sync.protocol;

import java.util.List;

/** A section of the report (for example "Roof") with its items in report order. */
public record SectionRecord(String id, String title, List<ItemRecord> items) {

    public SectionRecord {
        Require.present(id, "id");
        Require.present(title, "title");
        items = Require.list(items, "items");
    }
}
