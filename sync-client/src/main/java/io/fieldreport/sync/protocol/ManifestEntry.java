package io.fieldreport.sync.protocol;

import java.util.Map;
import java.util.UUID;

/**
 * One comment or photo in a manifest: its id, the stamps of its fields (so a difference can be told
 * apart as "newer here" or "newer there") and the hash of everything that must agree. For a photo,
 * {@code sha256} names its bytes and {@code stored} says whether those bytes are present and verified.
 */
public record ManifestEntry(UUID id, String kind, String hash, Map<String, String> stamps,
                            String sha256, Boolean stored) {

    public static final String COMMENT = "comment";
    public static final String PHOTO = "photo";

    public ManifestEntry {
        Require.present(id, "id");
        Require.present(kind, "kind");
        if (!COMMENT.equals(kind) && !PHOTO.equals(kind)) {
            throw new IllegalArgumentException("unknown manifest entry kind '" + kind + "'");
        }
        Require.present(hash, "hash");
        stamps = stamps == null ? Map.of() : Map.copyOf(stamps);
    }
}
