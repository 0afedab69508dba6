package io.fieldreport.desktop.testing;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Photo files for tests: real JPEGs, each with different bytes. */
public final class TestPhotos {

    private TestPhotos() {
    }

    /** A {@code width}×{@code height} JPEG whose content depends on {@code seed}. */
    public static Path jpeg(Path dir, String name, int seed, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x3a6ea5 ^ seed * 7919 & 0xffffff), width, height,
                new Color(0xe0c9a6 ^ seed * 104729 & 0xffffff)));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.drawString("photo " + seed, 10, 20);
        g.dispose();
        Path file = dir.resolve(name);
        try {
            ImageIO.write(image, "jpg", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
