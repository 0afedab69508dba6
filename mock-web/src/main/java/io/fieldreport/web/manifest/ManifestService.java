package io.fieldreport.web.manifest;

import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.sync.protocol.Manifest;
import io.fieldreport.sync.protocol.ManifestEntry;
import io.fieldreport.sync.protocol.ManifestHasher;
import io.fieldreport.sync.protocol.PhotoRecord;
import io.fieldreport.sync.store.Database;
import io.fieldreport.web.photos.PhotoStore;
import io.fieldreport.web.storage.Comments;
import io.fieldreport.web.storage.Inspections;
import io.fieldreport.web.storage.Photos;
import io.fieldreport.web.storage.Stored;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The web's manifest of an inspection (docs/PROTOCOL.md section 10), hashed by the shared
 * {@link ManifestHasher}.
 *
 * <p>The root alone (what every Sync asks for) is remembered with the inspection's manifest epoch
 * and the photo store's change counter it was computed at. Both move at every write that could
 * change the root, so while neither has moved the remembered root is the one a recomputation would
 * give, and a Sync with nothing to do no longer costs a hash of the whole inspection at the web.
 */
public final class ManifestService {

    private record Remembered(long epoch, long photoChanges, Manifest manifest) {
    }

    private final Database db;
    private final Inspections inspections;
    private final Comments comments;
    private final Photos photos;
    private final PhotoStore photoStore;
    private final Map<UUID, Remembered> remembered = new ConcurrentHashMap<>();

    public ManifestService(Database db, Inspections inspections, Comments comments, Photos photos,
                           PhotoStore photoStore) {
        this.db = db;
        this.inspections = inspections;
        this.comments = comments;
        this.photos = photos;
        this.photoStore = photoStore;
    }

    public Manifest manifest(UUID inspectionId, boolean withEntries) {
        record Read(long epoch, Manifest remembered, List<CommentRecord> comments, List<PhotoRecord> photos) {
        }
        // Both counters are read before the rows and files: a write that lands meanwhile can only
        // make the remembered root look stale, never make a stale one look current.
        long photoChanges = photoStore.changes();
        Read read = db.read(c -> {
            long epoch = inspections.manifestEpoch(c, inspectionId);
            Remembered last = remembered.get(inspectionId);
            if (!withEntries && last != null && last.epoch() == epoch && last.photoChanges() == photoChanges) {
                return new Read(epoch, last.manifest(), List.of(), List.of());
            }
            return new Read(epoch, null, comments.all(c, inspectionId).stream().map(Stored::record).toList(),
                    photos.all(c, inspectionId).stream().map(Stored::record).toList());
        });
        if (read.remembered() != null) {
            return read.remembered();
        }
        // Hashed outside the read, so other requests are not kept waiting for the database meanwhile.
        List<ManifestEntry> entries = new ArrayList<>(read.comments().size() + read.photos().size());
        read.comments().forEach(comment -> entries.add(ManifestHasher.comment(comment)));
        read.photos().forEach(photo ->
                entries.add(ManifestHasher.photo(photo, photoStore.isStored(photo.content().value().sha256()))));
        Manifest manifest = ManifestHasher.manifest(entries, withEntries);
        remembered.put(inspectionId, new Remembered(read.epoch(), photoChanges,
                new Manifest(manifest.root(), manifest.comments(), manifest.photos(), List.of())));
        return manifest;
    }
}
