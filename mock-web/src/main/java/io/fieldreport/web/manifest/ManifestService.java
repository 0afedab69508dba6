package io.fieldreport.web.manifest;

import io.fieldreport.sync.protocol.Manifest;
import io.fieldreport.sync.protocol.ManifestEntry;
import io.fieldreport.sync.protocol.ManifestHasher;
import io.fieldreport.sync.store.Database;
import io.fieldreport.web.photos.PhotoStore;
import io.fieldreport.web.storage.Comments;
import io.fieldreport.web.storage.Photos;
import io.fieldreport.web.storage.Stored;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The web's manifest of an inspection (docs/PROTOCOL.md section 10), hashed by the shared {@link ManifestHasher}. */
public final class ManifestService {

    private final Database db;
    private final Comments comments;
    private final Photos photos;
    private final PhotoStore photoStore;

    public ManifestService(Database db, Comments comments, Photos photos, PhotoStore photoStore) {
        this.db = db;
        this.comments = comments;
        this.photos = photos;
        this.photoStore = photoStore;
    }

    public Manifest manifest(UUID inspectionId, boolean withEntries) {
        List<ManifestEntry> entries = new ArrayList<>();
        db.read(c -> {
            for (var comment : comments.all(c, inspectionId)) {
                entries.add(ManifestHasher.comment(comment.record()));
            }
            for (var photo : photos.all(c, inspectionId).stream().map(Stored::record).toList()) {
                entries.add(ManifestHasher.photo(photo, photoStore.isStored(photo.content().value().sha256())));
            }
            return null;
        });
        return ManifestHasher.manifest(entries, withEntries);
    }
}
