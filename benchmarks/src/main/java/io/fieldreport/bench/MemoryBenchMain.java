package io.fieldreport.bench;

import io.fieldreport.bench.files.RandomFiles;
import io.fieldreport.bench.files.Trees;
import io.fieldreport.bench.fixture.Laptops;
import io.fieldreport.bench.fixture.ReportContent;
import io.fieldreport.bench.report.Machine;
import io.fieldreport.bench.report.Report;
import io.fieldreport.bench.scenario.LargePhotoScenario;
import java.nio.file.Path;
import java.util.List;

/**
 * Scenario 5 of docs/BENCHMARKS.md, meant for a JVM of its own started with a small heap
 * ({@code -Xmx128m} in the bench profile): results go to {@code OUT/results-memory.md} and standard output.
 */
public final class MemoryBenchMain {

    private MemoryBenchMain() {
    }

    public static void main(String[] argv) throws Exception {
        BenchArgs args = BenchArgs.parse(argv);
        if (!args.wants("memory")) {
            return;
        }
        Sizes sizes = Sizes.of(args);
        Path work = args.out().resolve("work-memory");
        Trees.delete(work);
        Report report = new Report(args.out().resolve("results-memory.md"), System.out);
        report.paragraph("Memory run" + (args.quick() ? " (QUICK: not for reporting)" : "") + ": "
                + Machine.current().describe() + ". Load average at start: " + Machine.loadAverage() + ".");
        report.progress("writing " + sizes.memoryPhotos() + " photos of random bytes");
        List<Path> photos = new RandomFiles(6L).create(work.resolve("photos"), "large", sizes.memoryPhotos(),
                sizes.memoryPhotoBytes());
        Trees.flush();
        var scenario = new LargePhotoScenario(work.resolve("runs"), new Laptops(), new ReportContent(), report);
        var results = scenario.run(new LargePhotoScenario.Config(photos, sizes.memoryReps()));
        LargePhotoScenario.write(results, report, args.out().resolve("gc-memory.log").toString());
        report.paragraph("Load average at the end: " + Machine.loadAverage() + ".");
        Trees.delete(work);
    }
}
