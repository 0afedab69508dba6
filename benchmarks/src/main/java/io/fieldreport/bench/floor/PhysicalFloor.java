package io.fieldreport.bench.floor;

import io.fieldreport.bench.files.DurableWriter;
import io.fieldreport.bench.files.Trees;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Measures what the machine itself does with a set of files: see {@link FloorSample}. */
public final class PhysicalFloor implements AutoCloseable {

    private final List<Path> files;
    private final Path scratch;
    private final SinkServer sink;
    private final Curl curl;
    /** As many as the sync client moves at once (its engine's PHOTOS_AT_ONCE). */
    static final int PHOTOS_AT_ONCE = 3;

    private final DurableWriter writer = new DurableWriter();

    public PhysicalFloor(List<Path> files, Path scratch) throws IOException {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no files");
        }
        this.files = List.copyOf(files);
        this.scratch = scratch;
        this.sink = SinkServer.start(files.get(0).getParent());
        this.curl = new Curl(scratch);
    }

    public FloorSample measure() throws IOException {
        double up = curl.upload(sink.baseUrl(), files);
        double down = curl.download(sink.baseUrl(), files);
        Path target = scratch.resolve("durable");
        Trees.delete(target);
        double oneByOne = writer.write(files, target, 1);
        Trees.delete(target);
        double atOnce = writer.write(files, target, PHOTOS_AT_ONCE);
        Trees.delete(target);
        return new FloorSample(up, down, oneByOne, atOnce);
    }

    @Override
    public void close() {
        sink.close();
    }
}
