package io.fieldreport.bench.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The disk part of the physical floor: each file's bytes written to a new file and forced to the
 * device ({@code force(true)}, i.e. fsync), as the sync client and mock-web do for every photo. The
 * bytes are read (from the page cache) before the clock starts: only the writes and syncs are timed.
 *
 * <p>With several writers the files are shared out among that many threads, as the sync client
 * moves photos several at a time: a disk that serves a few syncs at once faster than one after
 * another would otherwise make the floor look slower than the machine is.
 */
public final class DurableWriter {

    /** @return milliseconds from the first write to the last file synced */
    public double write(List<Path> sources, Path targetDir, int writers) throws IOException {
        Files.createDirectories(targetDir);
        List<ByteBuffer> contents = new ArrayList<>(sources.size());
        for (Path source : sources) {
            contents.add(ByteBuffer.wrap(Files.readAllBytes(source)));
        }
        AtomicInteger next = new AtomicInteger();
        Runnable writer = () -> {
            for (int i = next.getAndIncrement(); i < sources.size(); i = next.getAndIncrement()) {
                writeOne(contents.get(i).duplicate(), targetDir.resolve(sources.get(i).getFileName()));
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            long start = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                running.add(pool.submit(writer));
            }
            for (Future<?> f : running) {
                f.get();
            }
            return (System.nanoTime() - start) / 1e6;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the floor's files", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof UncheckedIOException u ? u.getCause()
                    : new IOException("writing the floor's files failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void writeOne(ByteBuffer bytes, Path target) {
        try (FileChannel ch = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            while (bytes.hasRemaining()) {
                ch.write(bytes);
            }
            ch.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
