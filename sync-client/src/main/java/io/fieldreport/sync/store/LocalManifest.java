package io.fieldreport.sync.store;

import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.sync.protocol.Manifest;
import io.fieldreport.sync.protocol.ManifestEntry;
import io.fieldreport.sync.protocol.ManifestHasher;
import io.fieldreport.sync.protocol.PhotoRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The laptop's manifest of an inspection, computed exactly as the web computes its own
 * ({@link ManifestHasher}), so equal roots prove both hold the same thing. A photo counts as stored
 * here when its file is on disk.
 */
public final class LocalManifest {

    private static final String STORED = """
            SELECT f.sha256 FROM photo_files f WHERE f.sha256 IN (SELECT sha256 FROM photos WHERE inspection_id = ?)""";

    private final Database db;
    private final PhotoFiles files;

    public LocalManifest(Database db, PhotoFiles files) {
        this.db = db;
        this.files = files;
    }

    public Manifest compute(UUID inspectionId, boolean withEntries) {
        return ManifestHasher.manifest(entries(inspectionId), withEntries);
    }

    public List<ManifestEntry> entries(UUID inspectionId) {
        record Snapshot(List<CommentRecord> comments, List<PhotoRecord> photos, Set<String> stored) {
        }
        // One read, so comments and photos come from the same moment.
        Snapshot s = db.read(c -> {
            Set<String> stored = new HashSet<>();
            try (var ps = c.prepareStatement(STORED)) {
                ps.setString(1, inspectionId.toString());
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        stored.add(rs.getString(1));
                    }
                }
            }
            return new Snapshot(CommentTable.list(c, inspectionId, null), PhotoTable.list(c, inspectionId, null), stored);
        });
        List<ManifestEntry> entries = new ArrayList<>(s.comments().size() + s.photos().size());
        for (CommentRecord comment : s.comments()) {
            entries.add(ManifestHasher.comment(comment));
        }
        for (PhotoRecord photo : s.photos()) {
            String sha = photo.content().value().sha256();
            boolean stored = s.stored().contains(sha) && (photo.deleted().value() || files.contains(sha));
            entries.add(ManifestHasher.photo(photo, stored));
        }
        return entries;
    }
}
