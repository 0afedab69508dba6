package io.fieldreport.bench.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Files of random bytes, standing in for photos: incompressible (as JPEGs are) and each one
 * different, so no layer can deduplicate or compress its way to a better number. Seeded, so two runs
 * move the same bytes.
 */
public final class RandomFiles {

    private static final int CHUNK = 1 << 20;

    private final SplittableRandom random;

    public RandomFiles(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Writes {@code count} files of {@code size} bytes named {@code prefix-NNN.bin} into {@code dir}. */
    public List<Path> create(Path dir, String prefix, int count, long size) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>(count);
        byte[] chunk = new byte[CHUNK];
        for (int i = 0; i < count; i++) {
            Path file = dir.resolve("%s-%03d.bin".formatted(prefix, i));
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                long left = size;
                while (left > 0) {
                    fill(chunk);
                    int n = (int) Math.min(CHUNK, left);
                    ByteBuffer buffer = ByteBuffer.wrap(chunk, 0, n);
                    while (buffer.hasRemaining()) {
                        ch.write(buffer);
                    }
                    left -= n;
                }
            }
            out.add(file);
        }
        return out;
    }

    private void fill(byte[] bytes) {
        for (int i = 0; i < bytes.length; i += 8) {
            long v = random.nextLong();
            for (int j = 0; j < 8 && i + j < bytes.length; j++) {
                bytes[i + j] = (byte) (v >>> (8 * j));
            }
        }
    }
}
