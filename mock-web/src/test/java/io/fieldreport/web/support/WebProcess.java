package io.fieldreport.web.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * mock-web started as its own process, as QA starts it: {@code java ... MockWebMain ARGS}, with the
 * test's class path (the same classes the jar holds). Its output is read line by line so a test can
 * wait for a line, with a timeout, instead of sleeping.
 */
public final class WebProcess implements AutoCloseable {

    private final Process process;
    private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();

    private WebProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("<output closed: " + e.getMessage() + ">");
            }
        }, "web-process-output");
        reader.setDaemon(true);
        reader.start();
    }

    public static WebProcess start(Path workDir, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Djava.util.logging.config.file=" + System.getProperty("java.util.logging.config.file", ""),
                "io.fieldreport.web.MockWebMain"));
        command.addAll(List.of(args));
        try {
            return new WebProcess(new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for a line starting with {@code prefix} and returns it; every line read is kept in {@link #output()}. */
    public String awaitLine(String prefix, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            String line = left > 0 ? lines.poll(left, TimeUnit.NANOSECONDS) : null;
            if (line == null) {
                throw new AssertionError("no line starting with '" + prefix + "' within " + timeout + "; output: " + seen);
            }
            seen.add(line);
            if (line.startsWith(prefix)) {
                return line;
            }
        }
    }

    /** The base URL from the {@code listening on http://HOST:PORT} line. */
    public String awaitListening() throws InterruptedException {
        return awaitLine("listening on ", Duration.ofSeconds(60)).substring("listening on ".length());
    }

    public List<String> output() {
        lines.drainTo(seen);
        return List.copyOf(seen);
    }

    public Process process() {
        return process;
    }

    /** SIGTERM, as Ctrl+C or a service manager stops it; returns the exit code (143 = 128 + SIGTERM). */
    public int terminate(Duration timeout) throws InterruptedException {
        // Through the handle: Process.destroy() would also close our end of its output, losing the last lines.
        process.toHandle().destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("mock-web did not stop within " + timeout + " of SIGTERM");
        }
        awaitLine("stopped", timeout);
        return process.exitValue();
    }

    /** SIGKILL: no shutdown hook, no goodbye. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
