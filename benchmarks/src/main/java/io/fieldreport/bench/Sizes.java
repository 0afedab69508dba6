package io.fieldreport.bench;

/** How big each scenario is and how often it repeats; the full set is the one docs/BENCHMARKS.md reports. */
record Sizes(int bulkComments, int bulkPhotos, long photoBytes, int bulkReps,
             int smallComments, int largeComments, int largePhotos, int warmups, int timedReps, int byteReps,
             int memoryPhotos, long memoryPhotoBytes, int memoryReps) {

    /** What the product owner asked for (issue 4, section 6). */
    static final Sizes FULL = new Sizes(5_000, 200, 1_500_000, 9,
            1_000, 20_000, 500, 5, 30, 5,
            20, 50L * 1024 * 1024, 5);

    /** A few minutes' smoke test of the harness itself; its numbers mean nothing. */
    static final Sizes QUICK = new Sizes(500, 20, 1_500_000, 2,
            100, 2_000, 50, 2, 5, 2,
            3, 50L * 1024 * 1024, 1);

    static Sizes of(BenchArgs args) {
        return args.quick() ? QUICK : FULL;
    }
}
