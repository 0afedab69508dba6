package io.fieldreport.sync.photo;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Makes a smaller JPEG copy of a photo for a poor connection: the long edge scaled down to the
 * setting, the original left untouched. A photo already small enough, or one the JDK cannot read,
 * is not reduced.
 */
public final class PhotoReducer {

    private static final float JPEG_QUALITY = 0.85f;

    /** @return the reduced copy in {@code tempDir}, or empty when the original should be sent as is */
    public Optional<Path> reduce(Path original, int longEdge, Path tempDir) throws IOException {
        BufferedImage image = ImageIO.read(original.toFile());
        if (image == null) {
            return Optional.empty();
        }
        int w = image.getWidth();
        int h = image.getHeight();
        if (Math.max(w, h) <= longEdge) {
            return Optional.empty();
        }
        double scale = (double) longEdge / Math.max(w, h);
        int nw = Math.max(1, (int) Math.round(w * scale));
        int nh = Math.max(1, (int) Math.round(h * scale));
        BufferedImage small = new BufferedImage(nw, nh, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, nw, nh, null);
        } finally {
            g.dispose();
        }
        Files.createDirectories(tempDir);
        Path out = Files.createTempFile(tempDir, "reduced-", ".jpg");
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out.toFile())) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(small, null, null), param);
        } finally {
            writer.dispose();
        }
        return Optional.of(out);
    }
}
