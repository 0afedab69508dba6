package io.fieldreport.bench.scenario;

import io.fieldreport.bench.files.Trees;
import io.fieldreport.bench.fixture.Laptops;
import io.fieldreport.bench.fixture.ReportContent;
import io.fieldreport.bench.fixture.WebAccount;
import io.fieldreport.bench.fixture.Webs;
import io.fieldreport.bench.floor.FloorSample;
import io.fieldreport.bench.floor.PhysicalFloor;
import io.fieldreport.bench.report.Fmt;
import io.fieldreport.bench.report.PhaseTable;
import io.fieldreport.bench.report.Report;
import io.fieldreport.bench.report.Table;
import io.fieldreport.bench.stats.PhaseTimer;
import io.fieldreport.bench.stats.Samples;
import io.fieldreport.bench.stats.Stopwatch;
import io.fieldreport.sync.CancelToken;
import io.fieldreport.sync.Phase;
import io.fieldreport.sync.SyncClient;
import io.fieldreport.sync.SyncListener;
import io.fieldreport.sync.SyncResult;
import io.fieldreport.web.WebServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Scenarios 1 and 2: the physical floor for the photos' bytes, Force Sync All Data of a whole report
 * to an empty web, and the initial sync of that report on a fresh laptop. Each repetition measures
 * the floor and then both operations, so the ratios compare numbers taken minutes apart at most.
 *
 * <p>The laptop is prepared once (report written, synced to a web) and copied per repetition; the
 * web is a copy of one that holds only the inspector and the inspection. The laptop believes the
 * web has everything, the web has nothing: Force Sync resends it all.
 */
public final class BulkSyncScenario {

    /** The shape of the report and how often to repeat. */
    public record Config(int comments, List<Path> photos, int reps) {
        public Config {
            photos = List.copyOf(photos);
        }

        long photoBytes() {
            return photos.stream().mapToLong(p -> p.toFile().length()).sum();
        }
    }

    /** Every repetition's numbers, in milliseconds, index-aligned. */
    public record Results(Config config, List<FloorSample> floor, Samples forceSync, Samples initialSync,
                          Samples forceSyncCores, Samples initialSyncCores,
                          List<Map<Phase, Double>> forcePhases, List<Map<Phase, Double>> initialPhases,
                          SyncResult lastForce, SyncResult lastInitial) {

        public Samples curlUpload() {
            return new Samples(floor.stream().map(FloorSample::curlUpload).toList());
        }

        public Samples curlDownload() {
            return new Samples(floor.stream().map(FloorSample::curlDownload).toList());
        }

        public Samples durableWrite() {
            return new Samples(floor.stream().map(FloorSample::durableWrite).toList());
        }

        public Samples durableWriteOneByOne() {
            return new Samples(floor.stream().map(FloorSample::durableWriteOneByOne).toList());
        }

        public Samples durableWriteAtOnce() {
            return new Samples(floor.stream().map(FloorSample::durableWriteAtOnce).toList());
        }

        public Samples uploadFloor() {
            return new Samples(floor.stream().map(FloorSample::upload).toList());
        }

        public Samples downloadFloor() {
            return new Samples(floor.stream().map(FloorSample::download).toList());
        }

        public Samples uploadFloorAtBest() {
            return new Samples(floor.stream().map(FloorSample::uploadAtBest).toList());
        }

        public Samples downloadFloorAtBest() {
            return new Samples(floor.stream().map(FloorSample::downloadAtBest).toList());
        }
    }

    private static final double TARGET_RATIO = 2.0;

    private final Path work;
    private final Laptops laptops;
    private final ReportContent content;
    private final Report report;

    public BulkSyncScenario(Path work, Laptops laptops, ReportContent content, Report report) {
        this.work = work;
        this.laptops = laptops;
        this.content = content;
        this.report = report;
    }

    public Results run(Config config) throws Exception {
        Path emptyWeb = work.resolve("empty-web");
        Path preparedLaptop = work.resolve("prepared-laptop");
        int port;
        WebAccount account;
        try (WebServer web = Webs.start(emptyWeb, 0)) {
            port = web.port();
            account = Webs.seed(web.admin());
        }
        prepareLaptop(config, emptyWeb, preparedLaptop, port, account);

        List<FloorSample> floor = new ArrayList<>();
        List<Double> force = new ArrayList<>();
        List<Double> initial = new ArrayList<>();
        List<Double> forceCores = new ArrayList<>();
        List<Double> initialCores = new ArrayList<>();
        List<Map<Phase, Double>> forcePhases = new ArrayList<>();
        List<Map<Phase, Double>> initialPhases = new ArrayList<>();
        SyncResult lastForce = null;
        SyncResult lastInitial = null;
        try (PhysicalFloor physical = new PhysicalFloor(config.photos(), work.resolve("floor"))) {
            for (int rep = 1; rep <= config.reps(); rep++) {
                FloorSample f = physical.measure();
                floor.add(f);
                report.progress("rep " + rep + " floor: curl up " + Fmt.millis(f.curlUpload()) + ", curl down "
                        + Fmt.millis(f.curlDownload()) + ", durable write " + Fmt.millis(f.durableWriteOneByOne())
                        + " one by one, " + Fmt.millis(f.durableWriteAtOnce()) + " three at once");

                Path webDir = work.resolve("web-" + rep);
                Path laptopDir = work.resolve("laptop-" + rep);
                Path freshDir = work.resolve("fresh-laptop-" + rep);
                Trees.copy(emptyWeb, webDir);
                Trees.copy(preparedLaptop, laptopDir);
                try (WebServer web = Webs.start(webDir, port)) {
                    try (SyncClient laptop = laptops.reopen(laptopDir)) {
                        PhaseTimer phases = new PhaseTimer();
                        var timed = Stopwatch.time(() -> laptop.forceSync(account.inspection(), phases,
                                new CancelToken()));
                        forcePhases.add(phases.stop());
                        SyncResult r = timed.result();
                        Checks.require(r.changesSent() == config.comments() + config.photos().size()
                                && r.photosUploaded() == config.photos().size(), "Force Sync", r);
                        Checks.requireVerified(r, "Force Sync");
                        force.add(timed.millis());
                        forceCores.add(timed.coresBusy());
                        lastForce = r;
                    }
                    Trees.flush();
                    try (SyncClient fresh = laptops.signedInOnly(freshDir, web.baseUrl(), account)) {
                        PhaseTimer phases = new PhaseTimer();
                        var timed = Stopwatch.time(() -> fresh.open(account.inspection(), phases,
                                new CancelToken()).orElseThrow());
                        initialPhases.add(phases.stop());
                        SyncResult r = timed.result();
                        Checks.require(r.pulled() == config.comments() + config.photos().size()
                                && r.photosDownloaded() == config.photos().size(), "initial sync", r);
                        var status = fresh.status(account.inspection());
                        Checks.require(status.photosToDownload() == 0, "initial sync (every photo here)", r);
                        initial.add(timed.millis());
                        initialCores.add(timed.coresBusy());
                        lastInitial = r;
                    }
                }
                report.progress("rep " + rep + ": Force Sync " + Fmt.millis(force.get(rep - 1)) + " ("
                        + Fmt.ratio(force.get(rep - 1) / f.upload()) + " floor), initial sync "
                        + Fmt.millis(initial.get(rep - 1)) + " (" + Fmt.ratio(initial.get(rep - 1) / f.download())
                        + " floor)");
                Trees.delete(webDir);
                Trees.delete(laptopDir);
                Trees.delete(freshDir);
            }
        }
        return new Results(config, floor, new Samples(force), new Samples(initial), new Samples(forceCores),
                new Samples(initialCores), forcePhases, initialPhases,
                lastForce, lastInitial);
    }

    /** The laptop every repetition starts from: the whole report, synced, so it believes the web has it. */
    private void prepareLaptop(Config config, Path emptyWeb, Path laptopDir, int port, WebAccount account)
            throws Exception {
        Path webDir = work.resolve("prepare-web");
        Trees.copy(emptyWeb, webDir);
        try (WebServer web = Webs.start(webDir, port);
             SyncClient laptop = laptops.signedIn(laptopDir, web.baseUrl(), account)) {
            var written = Stopwatch.time(() -> {
                List<UUID> comments = content.addComments(laptop, account.inspection(), config.comments());
                content.addPhotos(laptop, comments, config.photos());
                return comments;
            });
            report.progress("prepared the laptop: " + config.comments() + " comments and " + config.photos().size()
                    + " photos written in " + Fmt.millis(written.millis()));
            SyncResult synced = laptop.sync(account.inspection(), SyncListener.NONE, new CancelToken());
            Checks.requireVerified(synced, "preparing sync");
        }
        Trees.delete(webDir);
        if (!Files.isDirectory(laptopDir)) {
            throw new IllegalStateException("no prepared laptop at " + laptopDir);
        }
    }

    public static void write(Results r, Report report) throws Exception {
        Config c = r.config();
        double bytes = c.photoBytes();
        report.heading("1. Physical floor: " + c.photos().size() + " files, " + Fmt.bytes(bytes) + " of random bytes");
        report.paragraph("""
                curl moves the files over one connection to a trivial JDK HttpServer on 127.0.0.1 that discards
                uploads and serves downloads from the page cache; the durable write is a FileChannel write plus
                force(true) per file, one file after another. **Upload floor = curl upload + durable write;
                download floor = curl download + durable write** (issue 4's floor). The sync client moves three
                photos at once, so the durable write is also measured three files at once; where the disk is
                faster that way, the **stricter floor** takes the faster write. Median of %d repetitions
                (min – max).""".formatted(r.floor().size()));
        report.table(new Table("component", "time", "rate")
                .row("curl upload (PUT)", Fmt.times(r.curlUpload()), Fmt.rate(bytes, r.curlUpload().median()))
                .row("curl download (GET)", Fmt.times(r.curlDownload()), Fmt.rate(bytes, r.curlDownload().median()))
                .row("durable write, one file after another", Fmt.times(r.durableWriteOneByOne()),
                        Fmt.rate(bytes, r.durableWriteOneByOne().median()))
                .row("durable write, three files at once", Fmt.times(r.durableWriteAtOnce()),
                        Fmt.rate(bytes, r.durableWriteAtOnce().median()))
                .row("**upload floor**", Fmt.times(r.uploadFloor()), Fmt.rate(bytes, r.uploadFloor().median()))
                .row("**download floor**", Fmt.times(r.downloadFloor()), Fmt.rate(bytes, r.downloadFloor().median()))
                .row("stricter upload floor", Fmt.times(r.uploadFloorAtBest()),
                        Fmt.rate(bytes, r.uploadFloorAtBest().median()))
                .row("stricter download floor", Fmt.times(r.downloadFloorAtBest()),
                        Fmt.rate(bytes, r.downloadFloorAtBest().median())));

        report.heading("2. Force Sync All Data and initial sync: " + c.comments() + " comments, " + c.photos().size()
                + " photos (" + Fmt.bytes(bytes) + ")");
        Samples forceRatio = r.forceSync().over(r.uploadFloor());
        Samples initialRatio = r.initialSync().over(r.downloadFloor());
        Samples forceStrict = r.forceSync().over(r.uploadFloorAtBest());
        Samples initialStrict = r.initialSync().over(r.downloadFloorAtBest());
        report.paragraph("""
                Force Sync from an empty web (a fresh mock-web per repetition; the laptop copied from one prepared
                profile); initial sync = the first open of that inspection on a fresh laptop (sign-in not timed).
                Ratio = operation time / the floor measured in the same repetition; median of %d repetitions.
                Target: within %.0f× the floor.""".formatted(r.forceSync().count(), TARGET_RATIO));
        report.table(new Table("operation", "time", "floor", "ratio to floor", "target ≤ 2×",
                "ratio to the stricter floor", "≤ 2× the stricter floor")
                .row("Force Sync All Data (upload)", Fmt.times(r.forceSync()), Fmt.millis(r.uploadFloor().median()),
                        Fmt.ratios(forceRatio), Fmt.met(forceRatio.median() <= TARGET_RATIO),
                        Fmt.ratios(forceStrict), Fmt.met(forceStrict.median() <= TARGET_RATIO))
                .row("initial sync (download)", Fmt.times(r.initialSync()), Fmt.millis(r.downloadFloor().median()),
                        Fmt.ratios(initialRatio), Fmt.met(initialRatio.median() <= TARGET_RATIO),
                        Fmt.ratios(initialStrict), Fmt.met(initialStrict.median() <= TARGET_RATIO)));
        report.paragraph("""
                Processors busy during each operation: the JVM's CPU time (every thread: the laptop, mock-web in the
                same JVM, the JIT, the collector) over the operation's wall time, on %d processors; near %d means the
                operation waited on the processors, not on the disk or the network.""".formatted(
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().availableProcessors()));
        report.table(new Table("operation", "processors busy, median (min – max)")
                .row("Force Sync All Data", Fmt.cores(r.forceSyncCores()))
                .row("initial sync", Fmt.cores(r.initialSyncCores())));
        report.paragraph("Where the time goes, from the phases each operation reports to its listener:");
        report.table(new PhaseTable().column("Force Sync", r.forcePhases()).column("initial sync", r.initialPhases())
                .table());
        report.paragraph("Last Force Sync: " + r.lastForce().summary() + " Bytes uploaded: "
                + Fmt.bytes(r.lastForce().bytesUploaded()) + ".\n\nLast initial sync: " + r.lastInitial().summary()
                + " Bytes downloaded: " + Fmt.bytes(r.lastInitial().bytesDownloaded()) + ".");
    }
}
