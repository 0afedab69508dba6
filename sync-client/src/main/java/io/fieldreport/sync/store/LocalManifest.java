package io.fieldreport.sync.store;

import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.sync.protocol.Manifest;
import io.fieldreport.sync.protocol.ManifestEntry;
import io.fieldreport.sync.protocol.ManifestHasher;
import io.fieldreport.sync.protocol.PhotoRecord;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The laptop's manifest of an inspection, computed exactly as the web computes its own
 * ({@link ManifestHasher}), so equal roots prove both hold the same thing. A photo counts as stored
 * here when its file is on disk.
 *
 * <p>{@link #root} remembers the last root of each inspection with the value of the profile's
 * manifest epoch it was computed at: triggers move that counter at every write to comments, photos
 * and photo files, from any code or process, so an unchanged counter proves an unchanged root and a
 * Sync with nothing to do costs one tiny read instead of hashing the whole report. What the counter
 * cannot see is a photo file removed from the disk behind the app's back: {@link #compute} looks at
 * the disk every time, and Verify and Force Sync use it.
 */
public final class LocalManifest {

    private static final String STORED = """
            SELECT f.sha256 FROM photo_files f WHERE f.sha256 IN (SELECT sha256 FROM photos WHERE inspection_id = ?)""";
    private static final String EPOCH = "SELECT value FROM manifest_epoch WHERE id = 1";

    private record Remembered(long epoch, Manifest manifest) {
    }

    private final Database db;
    private final PhotoFiles files;
    private final Map<UUID, Remembered> remembered = new ConcurrentHashMap<>();

    public LocalManifest(Database db, PhotoFiles files) {
        this.db = db;
        this.files = files;
    }

    /** Root and counts, without entries: from memory while nothing they cover was written since. */
    public Manifest root(UUID inspectionId) {
        Remembered last = remembered.get(inspectionId);
        if (last != null && last.epoch() == db.read(LocalManifest::epoch)) {
            return last.manifest();
        }
        return compute(inspectionId, false);
    }

    /** Computed afresh from the database and the photo files on disk. */
    public Manifest compute(UUID inspectionId, boolean withEntries) {
        Computed now = computeEntries(inspectionId);
        Manifest manifest = ManifestHasher.manifest(now.entries(), withEntries);
        remembered.put(inspectionId, new Remembered(now.epoch(),
                new Manifest(manifest.root(), manifest.comments(), manifest.photos(), List.of())));
        return manifest;
    }

    public List<ManifestEntry> entries(UUID inspectionId) {
        return computeEntries(inspectionId).entries();
    }

    private record Computed(long epoch, List<ManifestEntry> entries) {
    }

    private Computed computeEntries(UUID inspectionId) {
        record Snapshot(long epoch, List<CommentRecord> comments, List<PhotoRecord> photos, Set<String> stored) {
        }
        // One read, so comments and photos come from the same moment. The epoch is read first: a
        // write that lands while the rows are read then only makes the remembered root look stale.
        Snapshot s = db.read(c -> {
            long epoch = epoch(c);
            Set<String> stored = new HashSet<>();
            try (var ps = c.prepareStatement(STORED)) {
                ps.setString(1, inspectionId.toString());
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        stored.add(rs.getString(1));
                    }
                }
            }
            return new Snapshot(epoch, CommentTable.list(c, inspectionId, null), PhotoTable.list(c, inspectionId, null),
                    stored);
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
        return new Computed(s.epoch(), entries);
    }

    private static long epoch(Connection c) throws SQLException {
        try (var s = c.createStatement(); var rs = s.executeQuery(EPOCH)) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }
}
