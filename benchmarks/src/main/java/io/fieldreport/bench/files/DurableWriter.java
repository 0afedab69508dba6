package io.fieldreport.bench.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The disk part of the physical floor: each file's bytes written to a new file and forced to the
 * device ({@code force(true)}, i.e. fsync) before the next, as the sync client does for every photo.
 * Only the writes and the syncs are timed; reading the source (from the page cache) is not.
 */
public final class DurableWriter {

    /** @return milliseconds spent writing and syncing all files */
    public double write(List<Path> sources, Path targetDir) throws IOException {
        Files.createDirectories(targetDir);
        long nanos = 0;
        for (Path source : sources) {
            ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(source));
            Path target = targetDir.resolve(source.getFileName());
            long start = System.nanoTime();
            try (FileChannel ch = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                while (bytes.hasRemaining()) {
                    ch.write(bytes);
                }
                ch.force(true);
            }
            nanos += System.nanoTime() - start;
        }
        return nanos / 1e6;
    }
}
