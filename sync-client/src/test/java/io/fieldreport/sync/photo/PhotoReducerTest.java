package io.fieldreport.sync.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhotoReducerTest {

    @TempDir
    Path dir;

    private Path image(int w, int h) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < w; x += 7) {
            for (int y = 0; y < h; y++) {
                img.setRGB(x, y, 0x336699 + x * y);
            }
        }
        Path file = dir.resolve("photo-" + w + "x" + h + ".png");
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    @Test
    void aLargePhotoIsScaledToTheLongEdgeKeepingItsShape() throws Exception {
        Path original = image(3000, 2000);
        byte[] before = Files.readAllBytes(original);

        Path reduced = new PhotoReducer().reduce(original, 1200, dir.resolve("tmp")).orElseThrow();

        BufferedImage small = ImageIO.read(reduced.toFile());
        assertEquals(1200, small.getWidth());
        assertEquals(800, small.getHeight());
        assertTrue(Files.size(reduced) < before.length);
        assertEquals(before.length, Files.readAllBytes(original).length, "the original is left as it was");
    }

    @Test
    void aPhotoAlreadySmallEnoughOrUnreadableIsNotReduced() throws Exception {
        assertTrue(new PhotoReducer().reduce(image(800, 600), 1200, dir).isEmpty());
        Path notAnImage = Files.writeString(dir.resolve("notes.jpg"), "not an image");
        assertTrue(new PhotoReducer().reduce(notAnImage, 1200, dir).isEmpty());
    }
}
