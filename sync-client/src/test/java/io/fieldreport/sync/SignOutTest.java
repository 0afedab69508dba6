package io.fieldreport.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.protocol.InspectionDetail;
import io.fieldreport.sync.protocol.InspectionRecord;
import io.fieldreport.sync.protocol.InspectionStatus;
import io.fieldreport.sync.protocol.PhotoRecord;
import io.fieldreport.sync.protocol.Role;
import io.fieldreport.sync.store.InspectionStore;
import io.fieldreport.sync.store.LocalEdits;
import io.fieldreport.sync.store.Profile;
import io.fieldreport.sync.store.StoreException;
import io.fieldreport.sync.template.ResidentialTemplate;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sign-out removes the inspector's work and credentials together, or neither; it refuses while
 * anything exists only on this laptop, including originals kept back while reduced photos were sent.
 */
class SignOutTest {

    @TempDir
    Path dir;

    private Path profileDir;
    private final UUID inspection = UUID.randomUUID();
    private SyncClient client;

    /** A profile signed in to a web (never contacted here) with one downloaded inspection. */
    @BeforeEach
    void signedInProfile() {
        profileDir = dir.resolve("profile");
        try (Profile p = Profile.open(profileDir, Clock.systemUTC())) {
            var s = p.settings();
            s.put(Accounts.SERVER, "http://127.0.0.1:9");
            s.put(Accounts.TOKEN, "ana-token");
            s.put(Accounts.USER_ID, "u-ana");
            s.put(LocalEdits.USER_NAME, "Ana");
            s.put(Accounts.ROLE, Role.INSPECTOR.name());
            new InspectionStore(p.db()).save(new InspectionDetail(
                    new InspectionRecord(inspection, "12 Elm St", "R. Diaz", LocalDate.of(2026, 11, 23),
                            InspectionStatus.IN_PROGRESS, List.of("Ana")),
                    ResidentialTemplate.sections()));
        }
        client = SyncClient.open(profileDir, SyncClient.Options.DEFAULT);
    }

    @AfterEach
    void close() {
        if (client != null) {
            client.close();
        }
    }

    @Test
    void confirmedSignOutAfterAReducedPhotoRemovesTheWorkTheOriginalsAndTheCredentials() throws Exception {
        PhotoRecord photo = addReducedPhoto();
        assertEquals(1, rows("photo_originals"));

        client.signOut(true);

        assertTrue(client.account().isEmpty());
        assertTrue(client.localInspections().isEmpty());
        for (String table : workTables()) {
            assertEquals(0, rows(table), table + " after sign-out");
        }
        assertTrue(client.photo(photo.id()).isEmpty());
        assertEquals(List.of(), storedPhotoFiles());
        client.close();
        client = null;
        try (Profile p = Profile.open(profileDir, Clock.systemUTC())) {
            assertTrue(p.settings().get(Accounts.TOKEN).isEmpty(), "the token is gone");
            assertTrue(p.settings().get(LocalEdits.USER_NAME).isEmpty());
        }
    }

    @Test
    void signOutIsRefusedWhileAnOriginalIsKeptBackEvenWhenEverythingElseIsOnTheWeb() throws Exception {
        addReducedPhoto();
        // What a Save leaves: the web acknowledged the changes and holds the reduced bytes.
        sql("DELETE FROM outbox", "UPDATE photo_files SET on_web = 1");

        var e = assertThrows(UnsyncedWorkException.class, () -> client.signOut(false));

        assertEquals(0, e.changes());
        assertEquals(1, e.photos(), e.getMessage());
        assertTrue(e.getMessage().contains("original"), e.getMessage());
        assertTrue(client.account().isPresent());
        assertEquals(1, rows("photo_originals"));
    }

    @Test
    void signOutIsRefusedWhileAChangeTheWebRefusedIsStillListed() throws Exception {
        var comment = client.addComment(inspection, "roof.coverings", "Shingles worn", null);
        // What a Save leaves when the web refused the change for good: off the queue, on the list.
        sql("INSERT INTO rejected_changes(change_id, inspection_id, entity, entity_id, payload, reason, message,"
                + " rejected_at) SELECT change_id, inspection_id, entity, entity_id, payload, 'unknown_item',"
                + " 'no such item', 1 FROM outbox", "DELETE FROM outbox", "UPDATE photo_files SET on_web = 1");

        var e = assertThrows(UnsyncedWorkException.class, () -> client.signOut(false));

        assertEquals(1, e.refused(), e.getMessage());
        assertEquals(0, e.changes());
        assertTrue(e.getMessage().contains("the web refused"), e.getMessage());
        assertTrue(client.comment(comment.id()).isPresent(), "the refused edit is still here");

        client.acknowledgeRejected(client.rejectedChanges(true).get(0).changeId());
        client.signOut(false);

        assertTrue(client.account().isEmpty(), "acknowledged, it no longer holds sign-out back");
    }

    @Test
    void aFailureInTheMiddleOfTheWipeLeavesCredentialsAndWorkAsTheyWere() throws Exception {
        PhotoRecord photo = addReducedPhoto();
        List<Path> filesBefore = storedPhotoFiles();
        sql("CREATE TRIGGER crash BEFORE DELETE ON items BEGIN SELECT RAISE(ABORT, 'disk gone'); END");

        assertThrows(StoreException.class, () -> client.signOut(true));

        assertEquals("Ana", client.account().orElseThrow().name());
        assertEquals(1, client.localInspections().size());
        assertTrue(client.photo(photo.id()).isPresent());
        assertEquals(1, rows("photo_originals"));
        assertTrue(rows("outbox") > 0);
        assertEquals(filesBefore, storedPhotoFiles());
        client.close();
        client = null;
        try (Profile p = Profile.open(profileDir, Clock.systemUTC())) {
            assertEquals("ana-token", p.settings().get(Accounts.TOKEN).orElseThrow());
        }
    }

    private PhotoRecord addReducedPhoto() throws Exception {
        client.saveSettings(new ClientSettings(10, false, new PhotoQuality(320), 120));
        var comment = client.addComment(inspection, "roof.coverings", "Shingles worn", null);
        BufferedImage img = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        img.setRGB(10, 10, 0xFF0000);
        Path camera = dir.resolve("IMG_0001.png");
        ImageIO.write(img, "png", camera.toFile());
        return client.addPhoto(comment.id(), camera, "roof");
    }

    /** Every table but the settings, so a table added later cannot be forgotten by the wipe. */
    private List<String> workTables() throws Exception {
        List<String> out = new ArrayList<>();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + profileDir.resolve(Profile.DATABASE_FILE));
             var s = c.createStatement();
             // manifest_epoch is a counter of writes (LocalManifest), not work.
             var rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                     + " AND name NOT IN ('settings', 'sqlite_sequence', 'manifest_epoch')")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        assertTrue(out.contains("photo_originals"), out.toString());
        return out;
    }

    private int rows(String table) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + profileDir.resolve(Profile.DATABASE_FILE));
             var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private void sql(String... statements) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + profileDir.resolve(Profile.DATABASE_FILE));
             var s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 10000");
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private List<Path> storedPhotoFiles() throws Exception {
        try (var files = Files.walk(profileDir.resolve(Profile.PHOTOS_FOLDER))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
