package io.fieldreport.bench.scenario;

import io.fieldreport.bench.files.Trees;
import io.fieldreport.bench.fixture.Laptops;
import io.fieldreport.bench.fixture.ReportContent;
import io.fieldreport.bench.fixture.WebAccount;
import io.fieldreport.bench.fixture.Webs;
import io.fieldreport.bench.memory.HeapPeak;
import io.fieldreport.bench.memory.HeapWatch;
import io.fieldreport.bench.report.Fmt;
import io.fieldreport.bench.report.Report;
import io.fieldreport.bench.report.Table;
import io.fieldreport.bench.stats.Samples;
import io.fieldreport.bench.stats.Stopwatch;
import io.fieldreport.sync.CancelToken;
import io.fieldreport.sync.SyncClient;
import io.fieldreport.sync.SyncListener;
import io.fieldreport.sync.SyncResult;
import io.fieldreport.web.WebServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Scenario 5: a gigabyte of photos up (a Save) and down (the initial sync of a second laptop), with
 * mock-web in the same JVM, under the heap limit this JVM was started with (-Xmx128m in the bench
 * profile). Every repetition starts from a fresh web and fresh laptops.
 */
public final class LargePhotoScenario {

    public record Config(List<Path> photos, int reps) {
        public Config {
            photos = List.copyOf(photos);
        }

        long bytes() {
            return photos.stream().mapToLong(p -> p.toFile().length()).sum();
        }
    }

    public record Results(Config config, Samples upload, Samples download, HeapPeak uploadHeap,
                          HeapPeak downloadHeap) {
    }

    private final Path work;
    private final Laptops laptops;
    private final ReportContent content;
    private final Report report;

    public LargePhotoScenario(Path work, Laptops laptops, ReportContent content, Report report) {
        this.work = work;
        this.laptops = laptops;
        this.content = content;
        this.report = report;
    }

    public Results run(Config config) throws Exception {
        int n = config.photos().size();
        List<Double> up = new ArrayList<>();
        List<Double> down = new ArrayList<>();
        HeapPeak upHeap = null;
        HeapPeak downHeap = null;
        for (int rep = 1; rep <= config.reps(); rep++) {
            Path webDir = work.resolve("web-" + rep);
            Path sender = work.resolve("sender-" + rep);
            Path receiver = work.resolve("receiver-" + rep);
            try (WebServer web = Webs.start(webDir, 0)) {
                WebAccount account = Webs.seed(web.admin());
                try (SyncClient laptop = laptops.signedIn(sender, web.baseUrl(), account)) {
                    List<UUID> comments = content.addComments(laptop, account.inspection(), n);
                    content.addPhotos(laptop, comments, config.photos());
                    Trees.flush();
                    HeapWatch watch = HeapWatch.start();
                    var timed = Stopwatch.time(() -> laptop.save(SyncListener.NONE, new CancelToken()));
                    HeapPeak peak = watch.peak();
                    SyncResult r = timed.result();
                    Checks.require(r.photosUploaded() == n && r.bytesUploaded() == config.bytes()
                            && r.pendingAfter() == 0, "Save of the large photos", r);
                    up.add(timed.millis());
                    upHeap = upHeap == null ? peak : upHeap.max(peak);
                }
                Trees.flush();
                try (SyncClient laptop = laptops.signedInOnly(receiver, web.baseUrl(), account)) {
                    HeapWatch watch = HeapWatch.start();
                    var timed = Stopwatch.time(() -> laptop.open(account.inspection(), SyncListener.NONE,
                            new CancelToken()).orElseThrow());
                    HeapPeak peak = watch.peak();
                    SyncResult r = timed.result();
                    Checks.require(r.photosDownloaded() == n && r.bytesDownloaded() == config.bytes(),
                            "initial sync of the large photos", r);
                    down.add(timed.millis());
                    downHeap = downHeap == null ? peak : downHeap.max(peak);
                }
            }
            report.progress("rep " + rep + ": upload " + Fmt.millis(up.get(rep - 1)) + ", download "
                    + Fmt.millis(down.get(rep - 1)));
            Trees.delete(webDir);
            Trees.delete(sender);
            Trees.delete(receiver);
        }
        return new Results(config, new Samples(up), new Samples(down), upHeap, downHeap);
    }

    public static void write(Results r, Report report, String gcLog) throws Exception {
        Config c = r.config();
        report.heading("5. " + Fmt.bytes(c.bytes()) + " of photos (" + c.photos().size() + " × "
                + Fmt.mib(c.photos().get(0).toFile().length()) + ") with a heap limit of "
                + Fmt.mib(r.uploadHeap().heapLimit()));
        report.paragraph("""
                mock-web runs in the same JVM as the laptops, so the one heap limit covers the client and the
                web together. Upload = a Save sending all photos; download = the initial sync of the inspection
                on a fresh laptop. Heap: the highest heap use sampled every 2 ms (includes garbage not yet
                collected), and the highest heap use right after a collection (what is really kept), over all
                %d repetitions. GC log: `%s`.""".formatted(c.reps(), gcLog));
        report.table(new Table("operation", "time", "rate", "completed", "peak heap used (sampled)",
                "peak heap after GC", "collections (most in one repetition)")
                .row("upload (Save)", Fmt.times(r.upload()), Fmt.rate(c.bytes(), r.upload().median()),
                        r.upload().count() + " of " + c.reps(), Fmt.mib(r.uploadHeap().sampledMaxUsed()),
                        afterGc(r.uploadHeap()), Integer.toString(r.uploadHeap().collections()))
                .row("download (initial sync)", Fmt.times(r.download()), Fmt.rate(c.bytes(), r.download().median()),
                        r.download().count() + " of " + c.reps(), Fmt.mib(r.downloadHeap().sampledMaxUsed()),
                        afterGc(r.downloadHeap()), Integer.toString(r.downloadHeap().collections())));
    }

    private static String afterGc(HeapPeak p) {
        return p.collections() == 0 ? "– (no collection ran)" : Fmt.mib(p.maxAfterGc());
    }
}
