package io.fieldreport.sync.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.fieldreport.sync.protocol.Manifest;
import io.fieldreport.sync.protocol.Rating;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The remembered root ({@link LocalManifest#root}) must be what a fresh computation gives after every
 * kind of write, or a Sync would call a laptop and a web that differ equal.
 */
class LocalManifestTest {

    @TempDir
    Path dir;
    ProfileFixture f;
    LocalManifest manifest;

    @BeforeEach
    void open() {
        f = new ProfileFixture(dir.resolve("profile"));
        manifest = new LocalManifest(f.profile.db(), f.profile.photos());
    }

    @AfterEach
    void close() {
        f.close();
    }

    private void assertRememberedRootIsCurrent(Manifest before) {
        Manifest remembered = manifest.root(f.inspection);
        Manifest fresh = manifest.compute(f.inspection, true);
        assertEquals(fresh.root(), remembered.root());
        assertEquals(fresh.comments(), remembered.comments());
        assertEquals(fresh.photos(), remembered.photos());
        assertNotEquals(before.root(), remembered.root(), "the write changed the inspection");
    }

    @Test
    void theRootFollowsEveryLocalEdit() throws Exception {
        Manifest before = manifest.root(f.inspection);
        var comment = f.edits.addComment(f.inspection, "roof.coverings", "Shingles worn", Rating.MAINTENANCE);
        assertRememberedRootIsCurrent(before);

        before = manifest.root(f.inspection);
        f.edits.editComment(comment.id(), CommentEdit.text("Shingles worn and lifted"));
        assertRememberedRootIsCurrent(before);

        before = manifest.root(f.inspection);
        Path jpeg = Files.write(dir.resolve("a.jpg"), new byte[] {1, 2, 3, 4});
        var photo = f.edits.addPhoto(comment.id(), jpeg, "north slope");
        assertRememberedRootIsCurrent(before);

        before = manifest.root(f.inspection);
        f.edits.editCaption(photo.id(), "north slope, lifted tab");
        assertRememberedRootIsCurrent(before);

        before = manifest.root(f.inspection);
        f.edits.deletePhoto(photo.id());
        assertRememberedRootIsCurrent(before);

        before = manifest.root(f.inspection);
        f.edits.deleteComment(comment.id());
        assertRememberedRootIsCurrent(before);
    }

    @Test
    void theRootFollowsAWriteByAnotherProcess() throws Exception {
        var comment = f.edits.addComment(f.inspection, "roof.coverings", "Shingles worn", Rating.MAINTENANCE);
        Manifest before = manifest.root(f.inspection);

        // The CLI and the desktop app may share a profile: a write on another connection counts too.
        try (var other = DriverManager.getConnection("jdbc:sqlite:" + f.profile.db().file());
             var s = other.createStatement()) {
            s.execute("PRAGMA busy_timeout = 5000");
            s.executeUpdate("UPDATE comments SET text = 'changed elsewhere' WHERE id = '" + comment.id() + "'");
        }

        assertRememberedRootIsCurrent(before);
    }

    @Test
    void theRootFollowsPhotoBytesBecomingPresent() throws Exception {
        var comment = f.edits.addComment(f.inspection, "roof.coverings", "Shingles worn", Rating.MAINTENANCE);
        var photo = f.edits.addPhoto(comment.id(), Files.write(dir.resolve("b.jpg"), new byte[] {5, 6, 7}), "");
        f.execute("DELETE FROM photo_files WHERE sha256 = '" + photo.content().value().sha256() + "'");
        Manifest before = manifest.root(f.inspection);

        f.execute("INSERT INTO photo_files(sha256, size) VALUES ('" + photo.content().value().sha256() + "', 3)");

        assertRememberedRootIsCurrent(before);
    }

    @Test
    void anotherInspectionsRootIsNotMixedUp() {
        UUID other = UUID.randomUUID();
        f.edits.addComment(f.inspection, "roof.coverings", "Shingles worn", Rating.MAINTENANCE);

        assertEquals(manifest.compute(f.inspection, false).root(), manifest.root(f.inspection).root());
        assertEquals(manifest.compute(other, false).root(), manifest.root(other).root());
        assertNotEquals(manifest.root(f.inspection).root(), manifest.root(other).root());
    }

    @Test
    void aPhotoFileRemovedBehindTheAppsBackIsSeenByAFreshComputation() throws Exception {
        var comment = f.edits.addComment(f.inspection, "roof.coverings", "Shingles worn", Rating.MAINTENANCE);
        var photo = f.edits.addPhoto(comment.id(), Files.write(dir.resolve("c.jpg"), new byte[] {8, 9}), "");
        Manifest before = manifest.root(f.inspection);

        Files.delete(f.profile.photos().path(photo.content().value().sha256()));

        assertNotEquals(before.root(), manifest.compute(f.inspection, false).root());
    }
}
