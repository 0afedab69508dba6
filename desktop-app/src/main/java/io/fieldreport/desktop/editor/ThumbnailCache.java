package io.fieldreport.desktop.editor;

import io.fieldreport.desktop.background.TaskRunner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.image.Image;

/**
 * Small versions of photos for the comment cards, decoded in the background (a 12-megapixel JPEG
 * takes longer to decode than a frame lasts) and kept by content hash, so a photo decoded once is
 * never decoded again while it is in the recent few hundred.
 */
public final class ThumbnailCache {

    public static final double WIDTH = 160;
    public static final double HEIGHT = 120;
    private static final int KEEP = 300;
    private static final System.Logger LOG = System.getLogger(ThumbnailCache.class.getName());

    private final TaskRunner runner;
    private final double pixelScale;
    private final Map<String, Image> images = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
            return size() > KEEP;
        }
    };
    /** Who waits for a thumbnail being decoded: two cards showing one photo decode it once. */
    private final Map<String, List<Consumer<Image>>> waiting = new HashMap<>();

    /**
     * @param runner     where decoding runs; production gives it a runner of its own with one thread,
     *                   so a hundred thumbnails never crowd out a Sync or the FX thread for the CPU
     * @param pixelScale the screen's output scale: thumbnails are decoded at the size they are drawn
     *                   (scaling an image on every frame costs more than decoding it right once)
     */
    public ThumbnailCache(TaskRunner runner, double pixelScale) {
        this.runner = runner;
        this.pixelScale = pixelScale;
    }

    /** Hands the thumbnail to {@code show} on the UI thread: at once when known, else after decoding. */
    public void load(PhotoRow photo, Consumer<Image> show) {
        if (!photo.onLaptop()) {
            return;
        }
        Image known = images.get(photo.sha256());
        if (known != null) {
            show.accept(known);
            return;
        }
        List<Consumer<Image>> queue = waiting.get(photo.sha256());
        if (queue != null) {
            queue.add(show);
            return;
        }
        queue = new ArrayList<>();
        queue.add(show);
        waiting.put(photo.sha256(), queue);
        String url = photo.file().toUri().toString();
        // backgroundLoading=false: this already runs in the background, and decodes here and now.
        double w = WIDTH * pixelScale;
        double h = HEIGHT * pixelScale;
        runner.run("making a thumbnail", () -> new Image(url, w, h, true, true, false), image -> {
            List<Consumer<Image>> shows = waiting.remove(photo.sha256());
            if (image.isError()) {
                LOG.log(System.Logger.Level.WARNING, "cannot show " + url + ": " + image.getException());
                return;
            }
            images.put(photo.sha256(), image);
            shows.forEach(s -> s.accept(image));
        }, e -> {
            waiting.remove(photo.sha256());
            LOG.log(System.Logger.Level.WARNING, "cannot make a thumbnail of " + url, e);
        });
    }
}
