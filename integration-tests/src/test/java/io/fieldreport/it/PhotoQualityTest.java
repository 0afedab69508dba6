package io.fieldreport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.ClientSettings;
import io.fieldreport.sync.PhotoQuality;
import io.fieldreport.sync.UnsyncedWorkException;
import io.fieldreport.sync.protocol.PhotoRecord;
import io.fieldreport.sync.store.PhotoFiles;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Over a poor connection an inspector sends photos reduced; the originals stay on the laptop and
 * go up, replacing the reduced copies everywhere, once the setting is back to original.
 */
class PhotoQualityTest {

    @RegisterExtension
    final Team team = new Team();

    /** Ben's laptop exists first, so it holds the reduced copy before the original replaces it. */
    @BeforeEach
    void bothLaptops() {
        team.ana();
        team.ben();
    }

    private Path camera() throws Exception {
        BufferedImage img = new BufferedImage(3200, 2400, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 3200; x += 3) {
            for (int y = 0; y < 2400; y += 2) {
                img.setRGB(x, y, (x * 7919 + y * 104729) & 0xFFFFFF);
            }
        }
        Path file = team.dir.resolve("IMG_0001.png");
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    @Test
    void reducedPhotosGoFirstAndOriginalsFollowWhenTheSettingReturns() throws Exception {
        Path original = camera();
        team.ana().client.saveSettings(new ClientSettings(10, false, new PhotoQuality(1024), 120));
        var comment = team.ana().add("exterior.siding", "Rot at the sill", null);

        PhotoRecord photo = team.ana().client.addPhoto(comment.id(), original, "sill");
        team.ana().save();

        var sent = team.web.admin.inspection(team.web.inspection).photo(photo.id()).orElseThrow().photo();
        assertTrue(sent.content().value().size() < Files.size(original) / 4, "a reduced copy went up");
        BufferedImage reduced = ImageIO.read(Files.newInputStream(team.ana().client.photoFile(photo).orElseThrow()));
        assertEquals(1024, reduced.getWidth());

        team.ana().client.saveSettings(new ClientSettings(10, false, PhotoQuality.ORIGINAL, 120));
        team.ana().save();
        team.ben().sync();

        var now = team.web.admin.inspection(team.web.inspection).photo(photo.id()).orElseThrow();
        assertEquals(PhotoFiles.hash(original), now.photo().content().value(), "the original replaced it on the web");
        assertTrue(now.bytesStored());
        PhotoRecord atBen = team.ben().client.photo(photo.id()).orElseThrow();
        assertEquals(PhotoFiles.hash(original), PhotoFiles.hash(team.ben().client.photoFile(atBen).orElseThrow()));
        assertNotEquals(sent.content(), atBen.content());
        assertTrue(team.ben().verify().matched());
    }

    @Test
    void signOutWaitsForTheOriginalsKeptBackAfterASaveOfTheReducedCopies() throws Exception {
        team.ana().client.saveSettings(new ClientSettings(10, false, new PhotoQuality(1024), 120));
        var comment = team.ana().add("exterior.siding", "Rot at the sill", null);
        team.ana().client.addPhoto(comment.id(), camera(), "sill");
        team.ana().save();
        assertEquals(0, team.ana().client.status(null).changesToUpload(), "the web has every change");

        var refused = assertThrows(UnsyncedWorkException.class, () -> team.ana().client.signOut(false));
        assertEquals(1, refused.photos(), refused.getMessage());
        assertTrue(team.ana().client.account().isPresent());

        team.ana().client.saveSettings(new ClientSettings(10, false, PhotoQuality.ORIGINAL, 120));
        team.ana().save();
        team.ana().client.signOut(false);
        assertTrue(team.ana().client.account().isEmpty());
    }
}
