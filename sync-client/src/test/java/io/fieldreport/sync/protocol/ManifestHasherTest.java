package io.fieldreport.sync.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.fieldreport.sync.clock.Stamp;
import io.fieldreport.sync.clock.Stamped;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestHasherTest {

    private final CommentRecord comment = Samples.comment("Shingles worn", Rating.MAINTENANCE, 2_000, "lap-a");
    private final PhotoRecord photo = Samples.photo("North slope", false, 3_000);

    @Test
    void theRootDoesNotDependOnTheOrderOfEntries() {
        var a = ManifestHasher.comment(comment);
        var b = ManifestHasher.photo(photo, true);
        assertEquals(ManifestHasher.root(List.of(a, b)), ManifestHasher.root(List.of(b, a)));
    }

    @Test
    void entriesSortByKindThenByTheCanonicalTextOfTheirIds() {
        var random = new java.util.Random(7);
        List<ManifestEntry> entries = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            // Ids with the top bit set on either half are the ones a signed comparison gets wrong.
            var id = new java.util.UUID(random.nextLong(), random.nextLong());
            entries.add(new ManifestEntry(id, i % 3 == 0 ? ManifestEntry.PHOTO : ManifestEntry.COMMENT, "h",
                    java.util.Map.of(), null, null));
        }
        List<ManifestEntry> byText = new ArrayList<>(entries);
        byText.sort(java.util.Comparator.comparing(ManifestEntry::kind).thenComparing(e -> e.id().toString()));
        List<ManifestEntry> byOrder = new ArrayList<>(entries);
        byOrder.sort(ManifestHasher.ORDER);
        assertEquals(byText, byOrder);
    }

    @Test
    void anyDifferenceInValueOrStampChangesTheEntryAndTheRoot() {
        String root = ManifestHasher.root(List.of(ManifestHasher.comment(comment)));
        List<CommentRecord> variants = new ArrayList<>();
        variants.add(new CommentRecord(comment.id(), comment.itemId(), comment.created(),
                new Stamped<>("Shingles worn.", comment.text().stamp(), "Ana"), comment.rating(), comment.deleted()));
        variants.add(new CommentRecord(comment.id(), comment.itemId(), comment.created(),
                new Stamped<>("Shingles worn", new Stamp(2_000, 1, "lap-a"), "Ana"), comment.rating(),
                comment.deleted()));
        variants.add(new CommentRecord(comment.id(), comment.itemId(), comment.created(), comment.text(),
                new Stamped<>(null, comment.rating().stamp(), "Ana"), comment.deleted()));
        variants.add(new CommentRecord(comment.id(), comment.itemId(), comment.created(), comment.text(),
                comment.rating(), new Stamped<>(true, comment.deleted().stamp(), "Ana")));
        for (CommentRecord v : variants) {
            assertNotEquals(root, ManifestHasher.root(List.of(ManifestHasher.comment(v))), v.toString());
        }
    }

    @Test
    void authorsAreNotPartOfTheHash() {
        var otherAuthor = new CommentRecord(comment.id(), comment.itemId(), comment.created(),
                new Stamped<>(comment.text().value(), comment.text().stamp(), "Ana María"), comment.rating(),
                comment.deleted());
        assertEquals(ManifestHasher.comment(comment).hash(), ManifestHasher.comment(otherAuthor).hash());
    }

    @Test
    void missingBytesShowForALivePhotoButNotForADeletedOne() {
        assertNotEquals(ManifestHasher.photo(photo, true).hash(), ManifestHasher.photo(photo, false).hash());
        var deleted = Samples.photo("North slope", true, 3_000);
        assertEquals(ManifestHasher.photo(deleted, true).hash(), ManifestHasher.photo(deleted, false).hash());
    }

    /**
     * The worked example of docs/PROTOCOL.md ("Manifest"). Its hashes were computed with Python's
     * hashlib from the netstring definition alone, so this checks the Java code against the written
     * protocol, not against itself.
     */
    @Test
    void matchesTheWorkedExampleInTheProtocolDocument() {
        var c = new CommentRecord(Samples.COMMENT, "roof.coverings", new Stamp(1_000, 0, "lap-a"),
                new Stamped<>("Shingles worn", new Stamp(2_000, 0, "lap-a"), "Ana"),
                new Stamped<>(Rating.MAINTENANCE, new Stamp(2_000, 0, "lap-a"), "Ana"),
                new Stamped<>(false, new Stamp(1_000, 0, "lap-a"), "Ana"));
        var p = new PhotoRecord(Samples.PHOTO, Samples.COMMENT, new Stamp(3_000, 0, "lap-a"),
                new Stamped<>(new PhotoContent(Samples.SHA, 4), new Stamp(3_000, 0, "lap-a"), "Ana"),
                new Stamped<>("", new Stamp(3_000, 0, "lap-a"), "Ana"),
                new Stamped<>(false, new Stamp(3_000, 0, "lap-a"), "Ana"));
        var ce = ManifestHasher.comment(c);
        var pe = ManifestHasher.photo(p, true);
        assertEquals(DOCUMENTED_COMMENT_HASH, ce.hash());
        assertEquals(DOCUMENTED_PHOTO_HASH, pe.hash());
        assertEquals(DOCUMENTED_ROOT, ManifestHasher.root(List.of(ce, pe)));
    }

    static final String DOCUMENTED_COMMENT_HASH =
            "3d90da9b2e90c825b93d337f7355848df097daefa84f78e2a10504ade5aedaf5";
    static final String DOCUMENTED_PHOTO_HASH =
            "abee98fe95105a637f5cfda7d2ec215bd3cfadfdf945a5dc145ef9f109fb5629";
    static final String DOCUMENTED_ROOT =
            "a618080535d3c2196688a1df3cb89df0eb2e21e70d043fecd4ee511492ee4ca8";
}
