package io.fieldreport.desktop;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.desktop.testing.AppHarness;
import io.fieldreport.sync.SyncClient;
import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.sync.protocol.Rating;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import org.testfx.util.WaitForAsyncUtils;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 5, §2: no event on the FX thread may take more than 50 ms while a Sync of 200 photos runs.
 * A probe thread posts a {@code Platform.runLater} every 5 ms and records how late each one ran:
 * the longest delay is the longest the FX thread was busy with anything else (a handler, a layout
 * pass, CSS, waiting for the renderer). The app is the real one, headless (Monocle, software
 * rendering), with the editor showing 100 of the photos' thumbnails while the Sync uploads all 200
 * to an in-process mock web. Seven runs, each with new photos; the median of their longest stalls
 * is what the 50 ms is checked against.
 *
 * <p>Run on request only (see docs/BENCHMARKS.md):
 * {@code ./mvnw -q -pl desktop-app -am verify -Dtest=FxThreadBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Ddesktop.excludedTestGroups=none}
 */
@Tag("benchmark")
class FxThreadBenchmark extends AppHarness {

    private static final int RUNS = 7;
    private static final int PHOTOS = 200;
    private static final int PHOTOS_PER_COMMENT = 10;
    private static final long PROBE_EVERY_MILLIS = 5;
    private static final double LIMIT_MILLIS = 50;
    private static final System.Logger LOG = System.getLogger(FxThreadBenchmark.class.getName());


    /** One run's probe delays, in milliseconds. */
    private record Run(int photos, long bytes, double seconds, List<Double> delays) {
        double max() {
            return delays.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }

        double percentile(double p) {
            List<Double> sorted = new ArrayList<>(delays);
            Collections.sort(sorted);
            return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size())));
        }

        long over(double millis) {
            return delays.stream().filter(d -> d > millis).count();
        }
    }

    @Test
    void theFxThreadStaysResponsiveDuringASyncOf200Photos() throws Exception {
        List<byte[]> pictures = pictures();
        List<Run> runs = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            runs.add(measure(run, pictures));
        }

        List<Double> maxima = runs.stream().map(Run::max).sorted().toList();
        double median = maxima.get(maxima.size() / 2);
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "FX thread during a Sync of %d photos: median of %d runs' longest stall %.1f ms (limit %.0f ms)%n",
                PHOTOS, RUNS, median, LIMIT_MILLIS));
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            report.append(String.format(Locale.ROOT, "  run %d: %d photos, %.1f MB in %.1f s; %d probes; longest "
                            + "%.1f ms, 99th percentile %.1f ms, median %.2f ms, %d over %.0f ms%n", i + 1, r.photos(),
                    r.bytes() / 1e6, r.seconds(), r.delays().size(), r.max(), r.percentile(0.99), r.percentile(0.5),
                    r.over(LIMIT_MILLIS), LIMIT_MILLIS));
        }
        Path out = Path.of("target", "benchmarks");
        Files.createDirectories(out);
        Files.writeString(out.resolve("fx-thread-during-sync.txt"), report);
        LOG.log(System.Logger.Level.WARNING, "\n" + report);
        assertTrue(median < LIMIT_MILLIS, report.toString());
    }

    private Run measure(int run, List<byte[]> pictures) throws Exception {
        UUID inspection = web.newInspection();
        Path profile = dir.resolve("run-" + run);
        prepareProfile(profile, inspection);
        long bytes = 0;
        try (SyncClient ana = SyncClient.open(profile, io.fieldreport.desktop.testing.TestWeb.FAST)) {
            Path files = Files.createDirectories(dir.resolve("photos-" + run));
            CommentRecord comment = null;
            for (int i = 0; i < PHOTOS; i++) {
                if (i % PHOTOS_PER_COMMENT == 0) {
                    // Half the comments on the item the editor opens on, so its thumbnails load during the Sync.
                    String item = i < PHOTOS / 2 ? "roof.coverings" : "roof.flashings";
                    comment = ana.addComment(inspection, item, "Comment " + (i / PHOTOS_PER_COMMENT + 1)
                            + ": granules missing, tabs lifted near the ridge.", Rating.MAINTENANCE);
                }
                // Different bytes in every run: the web keeps photos by hash and would skip known ones.
                byte[] jpeg = pictures.get(i % pictures.size());
                byte[] tag = (" run " + run + " photo " + i).getBytes(StandardCharsets.US_ASCII);
                byte[] unique = new byte[jpeg.length + tag.length];
                System.arraycopy(jpeg, 0, unique, 0, jpeg.length);
                System.arraycopy(tag, 0, unique, jpeg.length, tag.length);
                Path file = Files.write(files.resolve("p" + i + ".jpg"), unique);
                ana.addPhoto(comment.id(), file, "Photo " + (i + 1));
                bytes += unique.length;
            }
        }

        launch(options(profile));
        // The inspector has the item open with its hundred thumbnails on screen, then presses Sync.
        waitUntil("the editor with every thumbnail drawn", () -> visible("#editorPage")
                && robot.lookup(".thumbnail .image-view").queryAll().stream()
                .filter(n -> ((javafx.scene.image.ImageView) n).getImage() != null).count() == PHOTOS / 2);
        WaitForAsyncUtils.waitForFxEvents();
        ConcurrentLinkedQueue<Double> delays = new ConcurrentLinkedQueue<>();
        ScheduledExecutorService probe = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fx-probe");
            t.setDaemon(true);
            return t;
        });
        probe.scheduleAtFixedRate(() -> {
            long posted = System.nanoTime();
            Platform.runLater(() -> delays.add((System.nanoTime() - posted) / 1e6));
        }, 0, PROBE_EVERY_MILLIS, TimeUnit.MILLISECONDS);
        // Told by a listener when the status bar's progress goes away, rather than polling the scene:
        // polling would itself be work on the FX thread, and reading the web's state costs CPU.
        CountDownLatch finished = new CountDownLatch(1);
        Node running = onFx(() -> node("#statusBarProgress").getParent());
        onFx(() -> {
            running.visibleProperty().addListener((obs, was, now) -> {
                if (!now) {
                    finished.countDown();
                }
            });
            return null;
        });
        long started = System.nanoTime();
        try {
            click("#syncButton");
            assertTrue(finished.await(TIMEOUT_SECONDS * 6, TimeUnit.SECONDS), "the Sync finished");
        } finally {
            probe.shutdownNow();
        }
        assertTrue(web.snapshot(inspection).photos().stream().filter(p -> p.bytesStored()).count() == PHOTOS,
                "every photo reached the web");
        double seconds = (System.nanoTime() - started) / 1e9;
        quit();
        return new Run(PHOTOS, bytes, seconds, new ArrayList<>(delays));
    }

    /** Twenty noisy 1600×1200 JPEGs (about 0.5 MB each, like a reduced phone photo), reused with a unique tail. */
    private static List<byte[]> pictures() throws Exception {
        Random random = new Random(42);
        List<byte[]> out = new ArrayList<>();
        for (int n = 0; n < 20; n++) {
            BufferedImage image = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
            int base = random.nextInt(0xffffff);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    image.setRGB(x, y, base ^ (random.nextInt(64) * 0x010101) ^ ((x / 40 + y / 40) % 2) * 0x202020);
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", bytes);
            out.add(bytes.toByteArray());
        }
        return out;
    }
}
