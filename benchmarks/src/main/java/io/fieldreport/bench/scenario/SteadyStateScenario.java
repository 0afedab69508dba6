package io.fieldreport.bench.scenario;

import io.fieldreport.bench.fixture.ReportContent;
import io.fieldreport.bench.fixture.SteadyLaptop;
import io.fieldreport.bench.proxy.CountingProxy;
import io.fieldreport.bench.proxy.Traffic;
import io.fieldreport.bench.report.Fmt;
import io.fieldreport.bench.report.PhaseTable;
import io.fieldreport.bench.report.Report;
import io.fieldreport.bench.report.Table;
import io.fieldreport.bench.stats.PhaseTimer;
import io.fieldreport.bench.stats.Samples;
import io.fieldreport.bench.stats.Stopwatch;
import io.fieldreport.sync.CancelToken;
import io.fieldreport.sync.Phase;
import io.fieldreport.sync.SyncListener;
import io.fieldreport.sync.SyncResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Scenarios 3 and 4 on two laptops in steady state, a small report and a large one: a Save of 10
 * changed comments, and a Sync with nothing to do. Timed runs go straight to the web and alternate
 * between the laptops, so drift on the shared machine hits both alike; byte and request counts come
 * from separate runs through a counting proxy.
 */
public final class SteadyStateScenario {

    public static final int CHANGES = 10;
    private static final double TARGET_MILLIS = 10;
    private static final double TARGET_SPREAD = 0.20;

    /** How often to repeat: warm-up rounds (not reported), timed rounds, proxied rounds. */
    public record Config(int warmups, int timedReps, int byteReps) {
    }

    /** One laptop's numbers. */
    public record PerLaptop(String name, int comments, int photos, Samples save, Samples idleSync,
                            List<Map<Phase, Double>> savePhases, List<Map<Phase, Double>> idlePhases,
                            List<Traffic> saveTraffic, List<Traffic> idleTraffic) {
    }

    /** The timings of one laptop's runs. */
    private record Timings(List<Double> saves, List<Double> syncs, List<Map<Phase, Double>> savePhases,
                           List<Map<Phase, Double>> idlePhases) {
        Timings() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }
    }

    public record Results(Config config, PerLaptop small, PerLaptop large) {
    }

    private final ReportContent content;
    private final Report report;
    private int round;

    public SteadyStateScenario(ReportContent content, Report report) {
        this.content = content;
        this.report = report;
    }

    public Results run(Config config, SteadyLaptop small, int smallPhotos, SteadyLaptop large, int largePhotos)
            throws Exception {
        List<SteadyLaptop> both = List.of(small, large);
        Map<SteadyLaptop, Timings> timings = new LinkedHashMap<>();
        both.forEach(l -> timings.put(l, new Timings()));

        for (SteadyLaptop l : both) {
            l.startDirect();
        }
        try {
            for (int i = 0; i < config.warmups(); i++) {
                for (SteadyLaptop l : both) {
                    timedSave(l, new Timings());
                }
            }
            for (int i = 0; i < config.timedReps(); i++) {
                for (SteadyLaptop l : inTurn(both, i)) {
                    timedSave(l, timings.get(l));
                }
            }
            report.progress("Save medians: " + small.name() + " "
                    + Fmt.millis(new Samples(timings.get(small).saves()).median()) + ", " + large.name() + " "
                    + Fmt.millis(new Samples(timings.get(large).saves()).median()));
            for (SteadyLaptop l : both) {
                settle(l);
            }
            for (int i = 0; i < config.warmups(); i++) {
                for (SteadyLaptop l : both) {
                    timedIdleSync(l, new Timings());
                }
            }
            for (int i = 0; i < config.timedReps(); i++) {
                for (SteadyLaptop l : inTurn(both, i)) {
                    timedIdleSync(l, timings.get(l));
                }
            }
            report.progress("idle Sync medians: " + small.name() + " "
                    + Fmt.millis(new Samples(timings.get(small).syncs()).median()) + ", " + large.name() + " "
                    + Fmt.millis(new Samples(timings.get(large).syncs()).median()));
        } finally {
            both.forEach(SteadyLaptop::stop);
        }

        PerLaptop s = countBytes(config, small, smallPhotos, timings.get(small));
        PerLaptop l = countBytes(config, large, largePhotos, timings.get(large));
        return new Results(config, s, l);
    }

    /** Alternates which laptop goes first, so neither always runs right after the other's work. */
    private static List<SteadyLaptop> inTurn(List<SteadyLaptop> both, int i) {
        return i % 2 == 0 ? both : List.of(both.get(1), both.get(0));
    }

    private PerLaptop countBytes(Config config, SteadyLaptop laptop, int photos, Timings t) throws Exception {
        List<Traffic> saveTraffic = new ArrayList<>();
        List<Traffic> idleTraffic = new ArrayList<>();
        CountingProxy proxy = laptop.startBehindProxy();
        try {
            for (int i = 0; i < config.byteReps(); i++) {
                content.editComments(laptop.client(), laptop.comments(), CHANGES, ++round);
                proxy.reset();
                checkSave(laptop.client().save(SyncListener.NONE, new CancelToken()));
                saveTraffic.add(proxy.traffic());
            }
            settle(laptop);
            for (int i = 0; i < config.byteReps(); i++) {
                proxy.reset();
                checkIdle(laptop.client().sync(laptop.inspection(), SyncListener.NONE, new CancelToken()));
                idleTraffic.add(proxy.traffic());
            }
        } finally {
            laptop.stop();
        }
        return new PerLaptop(laptop.name(), laptop.comments().size(), photos, new Samples(t.saves()),
                new Samples(t.syncs()), t.savePhases(), t.idlePhases(), saveTraffic, idleTraffic);
    }

    /** Edits 10 comments (not timed), then times the Save that sends them. */
    private void timedSave(SteadyLaptop l, Timings into) throws Exception {
        content.editComments(l.client(), l.comments(), CHANGES, ++round);
        PhaseTimer phases = new PhaseTimer();
        var timed = Stopwatch.time(() -> l.client().save(phases, new CancelToken()));
        into.savePhases().add(phases.stop());
        checkSave(timed.result());
        into.saves().add(timed.millis());
    }

    private void timedIdleSync(SteadyLaptop l, Timings into) throws Exception {
        PhaseTimer phases = new PhaseTimer();
        var timed = Stopwatch.time(() -> l.client().sync(l.inspection(), phases, new CancelToken()));
        into.idlePhases().add(phases.stop());
        checkIdle(timed.result());
        into.syncs().add(timed.millis());
    }

    /** One Sync after the Saves: it pulls back the web's copies of the changes just sent. */
    private static void settle(SteadyLaptop l) throws Exception {
        SyncResult r = l.client().sync(l.inspection(), SyncListener.NONE, new CancelToken());
        Checks.requireVerified(r, "settling Sync");
    }

    private static void checkSave(SyncResult r) {
        Checks.require(r.changesSent() == CHANGES && r.applied() == CHANGES && r.pendingAfter() == 0, "Save", r);
    }

    private static void checkIdle(SyncResult r) {
        Checks.require(r.changesSent() == 0 && r.pulled() == 0 && r.photosUploaded() == 0
                && r.photosDownloaded() == 0, "idle Sync", r);
        Checks.requireVerified(r, "idle Sync");
    }

    public static void write(Results r, Report report) throws Exception {
        PerLaptop s = r.small();
        PerLaptop l = r.large();
        report.heading("3. Save of " + CHANGES + " changed comments: " + describe(s) + " vs " + describe(l));
        report.paragraph("""
                Everything is synced before; %d comments are edited (not timed), then Save is timed. Warm-up:
                %d Saves per laptop, not reported; then %d timed Saves per laptop, alternating between the two
                laptops. Bytes (TCP payload, both directions) and requests from %d further Saves per laptop
                through the counting proxy. Targets: median ≤ %.0f ms; large/small within %.0f%%.""".formatted(
                CHANGES, r.config().warmups(), r.config().timedReps(), r.config().byteReps(), TARGET_MILLIS,
                TARGET_SPREAD * 100));
        Table saves = new Table("laptop", "Save time", "≤ 10 ms", "bytes to web", "bytes from web", "requests");
        for (PerLaptop p : List.of(s, l)) {
            saves.row(describe(p), Fmt.times(p.save()), Fmt.met(p.save().median() <= TARGET_MILLIS),
                    Fmt.bytes(median(p.saveTraffic(), Traffic::bytesToWeb)),
                    Fmt.bytes(median(p.saveTraffic(), Traffic::bytesFromWeb)),
                    Fmt.count(median(p.saveTraffic(), t -> t.requests().size())));
        }
        double timeRatio = l.save().median() / s.save().median();
        double byteRatio = median(l.saveTraffic(), Traffic::bytesTotal) / median(s.saveTraffic(), Traffic::bytesTotal);
        saves.row("**ratio large / small**", Fmt.ratio(timeRatio),
                Fmt.met(Math.abs(timeRatio - 1) <= TARGET_SPREAD) + " (within 20%)",
                "total " + Fmt.ratio(byteRatio), Fmt.met(Math.abs(byteRatio - 1) <= TARGET_SPREAD) + " (within 20%)", "");
        report.table(saves);
        report.paragraph("Requests of one Save (" + l.name() + "): " + requestList(l.saveTraffic()));
        report.paragraph("Where the time goes (medians per phase):");
        report.table(new PhaseTable().column("Save, " + s.name(), s.savePhases())
                .column("Save, " + l.name(), l.savePhases()).table());

        report.heading("4. Sync with nothing to do");
        report.paragraph("""
                After a settling Sync, Sync is run again with nothing to send or receive (it still takes and
                releases the inspection's sync lock and verifies the manifest root). %d timed per laptop after %d
                warm-up; requests and bytes from %d further Syncs through the counting proxy. Target: a handful
                of small requests and median ≤ %.0f ms.""".formatted(r.config().timedReps(), r.config().warmups(),
                r.config().byteReps(), TARGET_MILLIS));
        Table idle = new Table("laptop", "Sync time", "≤ 10 ms", "requests", "bytes to web", "bytes from web");
        for (PerLaptop p : List.of(s, l)) {
            idle.row(describe(p), Fmt.times(p.idleSync()), Fmt.met(p.idleSync().median() <= TARGET_MILLIS),
                    Fmt.count(median(p.idleTraffic(), t -> t.requests().size())),
                    Fmt.bytes(median(p.idleTraffic(), Traffic::bytesToWeb)),
                    Fmt.bytes(median(p.idleTraffic(), Traffic::bytesFromWeb)));
        }
        report.table(idle);
        report.paragraph("Requests of one idle Sync (" + l.name() + "): " + requestList(l.idleTraffic()));
        report.paragraph("Where the time goes (medians per phase):");
        report.table(new PhaseTable().column("idle Sync, " + s.name(), s.idlePhases())
                .column("idle Sync, " + l.name(), l.idlePhases()).table());
    }

    private static String describe(PerLaptop p) {
        return p.name() + " (" + p.comments() + " comments" + (p.photos() > 0 ? ", " + p.photos() + " photos" : "")
                + ")";
    }

    private static double median(List<Traffic> traffic, ToDoubleFunction<Traffic> f) {
        return new Samples(traffic.stream().map(f::applyAsDouble).toList()).median();
    }

    private static String requestList(List<Traffic> traffic) {
        List<String> lines = traffic.get(traffic.size() - 1).shortRequests();
        return lines.isEmpty() ? "none" : "`" + String.join("`, `", lines) + "`";
    }
}
