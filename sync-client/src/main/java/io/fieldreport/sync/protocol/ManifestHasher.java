package io.fieldreport.sync.protocol;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes manifest entries and the root hash exactly as docs/PROTOCOL.md defines them, for the
 * laptop and the web alike: each entry hashes the netstring encoding ({@code <byte length>:<bytes>,})
 * of its fields in a fixed order; the root hashes the netstrings of every entry's kind, id and hash,
 * sorted by kind and id. Authors are left out: a stamp already names the edit.
 */
public final class ManifestHasher {

    /**
     * Kind, then id in its canonical text. Fixed-width lower-case hex sorts as the unsigned 128-bit
     * value, so the ids compare as numbers: no text per comparison (sorting 20,000 entries made some
     * 600,000 strings). {@link java.util.UUID#compareTo} would not do: it compares signed.
     */
    static final Comparator<ManifestEntry> ORDER = Comparator.comparing(ManifestEntry::kind)
            .thenComparing((a, b) -> {
                int c = Long.compareUnsigned(a.id().getMostSignificantBits(), b.id().getMostSignificantBits());
                return c != 0 ? c : Long.compareUnsigned(a.id().getLeastSignificantBits(),
                        b.id().getLeastSignificantBits());
            });

    private ManifestHasher() {
    }

    public static ManifestEntry comment(CommentRecord c) {
        if (!c.isComplete()) {
            throw new IllegalArgumentException("comment " + c.id() + " is incomplete: no manifest entry");
        }
        var h = new Netstrings();
        h.add(ManifestEntry.COMMENT).add(c.id().toString()).add(c.itemId()).add(c.created().toString());
        h.add(c.text().stamp().toString()).add(c.text().value());
        h.add(c.rating().stamp().toString()).add(c.rating().value() == null ? "" : c.rating().value().wireName());
        h.add(c.deleted().stamp().toString()).add(c.deleted().value().toString());
        Map<String, String> stamps = new LinkedHashMap<>();
        stamps.put(Fields.TEXT, c.text().stamp().toString());
        stamps.put(Fields.RATING, c.rating().stamp().toString());
        stamps.put(Fields.DELETED, c.deleted().stamp().toString());
        return new ManifestEntry(c.id(), ManifestEntry.COMMENT, h.hex(), stamps, null, null);
    }

    /**
     * @param stored whether the photo's bytes are present and verified on the side computing this
     *               entry; it only counts for a photo that is not deleted, whose bytes both sides need
     */
    public static ManifestEntry photo(PhotoRecord p, boolean stored) {
        if (!p.isComplete()) {
            throw new IllegalArgumentException("photo " + p.id() + " is incomplete: no manifest entry");
        }
        boolean deleted = p.deleted().value();
        var h = new Netstrings();
        h.add(ManifestEntry.PHOTO).add(p.id().toString()).add(p.commentId().toString()).add(p.created().toString());
        h.add(p.content().stamp().toString()).add(p.content().value().sha256())
                .add(Long.toString(p.content().value().size()));
        h.add(p.caption().stamp().toString()).add(p.caption().value());
        h.add(p.deleted().stamp().toString()).add(Boolean.toString(deleted));
        h.add(deleted ? "-" : Boolean.toString(stored));
        Map<String, String> stamps = new LinkedHashMap<>();
        stamps.put(Fields.CONTENT, p.content().stamp().toString());
        stamps.put(Fields.CAPTION, p.caption().stamp().toString());
        stamps.put(Fields.DELETED, p.deleted().stamp().toString());
        return new ManifestEntry(p.id(), ManifestEntry.PHOTO, h.hex(), stamps,
                p.content().value().sha256(), deleted ? null : stored);
    }

    public static String root(Collection<ManifestEntry> entries) {
        List<ManifestEntry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        var h = new Netstrings();
        for (ManifestEntry e : sorted) {
            h.add(e.kind()).add(e.id().toString()).add(e.hash());
        }
        return h.hex();
    }

    /** A manifest over the entries; with {@code withEntries} false, only the root and counts. */
    public static Manifest manifest(Collection<ManifestEntry> entries, boolean withEntries) {
        int comments = (int) entries.stream().filter(e -> e.kind().equals(ManifestEntry.COMMENT)).count();
        List<ManifestEntry> listed = new ArrayList<>();
        if (withEntries) {
            listed.addAll(entries);
            listed.sort(ORDER);
        }
        return new Manifest(root(entries), comments, entries.size() - comments, listed);
    }

    /** Hashes {@code <length>:<utf-8 bytes>,} per field, so no two field lists encode alike. */
    private static final class Netstrings {
        private final MessageDigest digest;

        Netstrings() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }

        Netstrings add(String field) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) ':');
            digest.update(bytes);
            digest.update((byte) ',');
            return this;
        }

        String hex() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
