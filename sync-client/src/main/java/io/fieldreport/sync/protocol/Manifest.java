package io.fieldreport.sync.protocol;

import java.util.List;

/**
 * {@code GET /api/inspections/{id}/manifest}: a root hash over everything the web holds for the
 * inspection and, unless only the root was asked for, the entries it was computed from.
 */
public record Manifest(String root, int comments, int photos, List<ManifestEntry> entries) {

    public Manifest {
        Require.present(root, "root");
        entries = Require.listOrEmpty(entries, "entries");
    }
}
