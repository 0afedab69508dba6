package io.fieldreport.sync.protocol;

/** One item of a section (for example "Roof coverings"); its id is stable across inspections. */
public record ItemRecord(String id, String title) {

    public ItemRecord {
        Require.present(id, "id");
        Require.present(title, "title");
    }
}
