package io.fieldreport.bench;

import io.fieldreport.bench.files.RandomFiles;
import io.fieldreport.bench.files.Trees;
import io.fieldreport.bench.fixture.Laptops;
import io.fieldreport.bench.fixture.ReportContent;
import io.fieldreport.bench.fixture.SteadyLaptop;
import io.fieldreport.bench.floor.Curl;
import io.fieldreport.bench.report.Fmt;
import io.fieldreport.bench.report.Machine;
import io.fieldreport.bench.report.Report;
import io.fieldreport.bench.scenario.BulkSyncScenario;
import io.fieldreport.bench.scenario.SteadyStateScenario;
import io.fieldreport.bench.stats.Stopwatch;
import java.nio.file.Path;
import java.util.List;

/**
 * Scenarios 1 to 4 of docs/BENCHMARKS.md, in one JVM and one run: the physical floor with Force Sync
 * and the initial sync ("bulk"), then Save and an idle Sync on a small and a large laptop ("steady").
 * The composition root of the benchmark; results go to {@code OUT/results-sync.md} and standard output.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] argv) throws Exception {
        BenchArgs args = BenchArgs.parse(argv);
        if (!args.wants("bulk") && !args.wants("steady")) {
            return;
        }
        Sizes sizes = Sizes.of(args);
        Path work = args.out().resolve("work-sync");
        Trees.delete(work);
        Report report = new Report(args.out().resolve("results-sync.md"), System.out);
        report.paragraph("# Sync benchmark results" + (args.quick() ? " (QUICK: not for reporting)" : ""));
        report.paragraph("Machine: " + Machine.current().describe() + ". " + Curl.version() + ".\n\n"
                + "Load average (1/5/15 min) at start: " + Machine.loadAverage() + ".");

        var laptops = new Laptops();
        var content = new ReportContent();
        long started = System.nanoTime();
        if (args.wants("bulk")) {
            report.progress("writing " + sizes.bulkPhotos() + " photos of random bytes");
            List<Path> photos = new RandomFiles(4L).create(work.resolve("photos"), "photo", sizes.bulkPhotos(),
                    sizes.photoBytes());
            Trees.flush();
            var scenario = new BulkSyncScenario(work.resolve("bulk"), laptops, content, report);
            var results = scenario.run(new BulkSyncScenario.Config(sizes.bulkComments(), photos, sizes.bulkReps()));
            BulkSyncScenario.write(results, report);
            Trees.delete(work.resolve("bulk"));
        }
        if (args.wants("steady")) {
            List<Path> photos = new RandomFiles(5L).create(work.resolve("steady-photos"), "photo",
                    sizes.largePhotos(), sizes.photoBytes());
            Trees.flush();
            var small = Stopwatch.time(() -> SteadyLaptop.prepare("small", work.resolve("small"),
                    sizes.smallComments(), List.of(), laptops, content));
            report.progress("prepared the small laptop in " + Fmt.millis(small.millis()));
            var large = Stopwatch.time(() -> SteadyLaptop.prepare("large", work.resolve("large"),
                    sizes.largeComments(), photos, laptops, content));
            report.progress("prepared the large laptop in " + Fmt.millis(large.millis()));
            Trees.flush();
            try (SteadyLaptop s = small.result(); SteadyLaptop l = large.result()) {
                var results = new SteadyStateScenario(content, report).run(
                        new SteadyStateScenario.Config(sizes.warmups(), sizes.timedReps(), sizes.byteReps()),
                        s, 0, l, photos.size());
                SteadyStateScenario.write(results, report);
            }
        }
        report.paragraph("Load average (1/5/15 min) at the end: " + Machine.loadAverage() + ". Whole run: "
                + Fmt.millis((System.nanoTime() - started) / 1e6) + ".");
        Trees.delete(work);
    }
}
