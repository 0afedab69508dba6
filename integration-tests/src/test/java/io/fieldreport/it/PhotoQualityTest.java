package io.fieldreport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.ClientSettings;
import io.fieldreport.sync.PhotoQuality;
import io.fieldreport.sync.protocol.PhotoRecord;
import io.fieldreport.sync.store.PhotoFiles;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Over a poor connection an inspector sends photos reduced; the originals stay on the laptop and
 * go up, replacing the reduced copies everywhere, once the setting is back to original.
 */
class PhotoQualityTest {

    @TempDir
    Path dir;
    TestWeb web;
    Laptop ana;
    Laptop ben;

    @BeforeEach
    void start() throws Exception {
        web = new TestWeb(dir.resolve("web"));
        ana = new Laptop(dir.resolve("ana"), web, web.ana);
        ben = new Laptop(dir.resolve("ben"), web, web.ben);
    }

    @AfterEach
    void stop() {
        ana.close();
        ben.close();
        web.close();
    }

    private Path camera() throws Exception {
        BufferedImage img = new BufferedImage(3200, 2400, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 3200; x += 3) {
            for (int y = 0; y < 2400; y += 2) {
                img.setRGB(x, y, (x * 7919 + y * 104729) & 0xFFFFFF);
            }
        }
        Path file = dir.resolve("IMG_0001.png");
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    @Test
    void reducedPhotosGoFirstAndOriginalsFollowWhenTheSettingReturns() throws Exception {
        Path original = camera();
        ana.client.saveSettings(new ClientSettings(10, false, new PhotoQuality(1024), 120));
        var comment = ana.add("exterior.siding", "Rot at the sill", null);

        PhotoRecord photo = ana.client.addPhoto(comment.id(), original, "sill");
        ana.save();

        var sent = web.admin.inspection(web.inspection).photo(photo.id()).orElseThrow().photo();
        assertTrue(sent.content().value().size() < Files.size(original) / 4, "a reduced copy went up");
        BufferedImage reduced = ImageIO.read(Files.newInputStream(ana.client.photoFile(photo).orElseThrow()));
        assertEquals(1024, reduced.getWidth());

        ana.client.saveSettings(new ClientSettings(10, false, PhotoQuality.ORIGINAL, 120));
        ana.save();
        ben.sync();

        var now = web.admin.inspection(web.inspection).photo(photo.id()).orElseThrow();
        assertEquals(PhotoFiles.hash(original), now.photo().content().value(), "the original replaced it on the web");
        assertTrue(now.bytesStored());
        PhotoRecord atBen = ben.client.photo(photo.id()).orElseThrow();
        assertEquals(PhotoFiles.hash(original), PhotoFiles.hash(ben.client.photoFile(atBen).orElseThrow()));
        assertNotEquals(sent.content(), atBen.content());
        assertTrue(ben.verify().matched());
    }
}
