package io.fieldreport.bench.floor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code curl} moving many files over one connection, as one process, timed from start to exit. A
 * config file (not the command line) lists the transfers, so 200 of them fit.
 */
public final class Curl {

    private final Path workDir;

    public Curl(Path workDir) {
        this.workDir = workDir;
    }

    /** The first line of {@code curl --version}, for the report. */
    public static String version() throws IOException {
        Process p = new ProcessBuilder("curl", "--version").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        await(p, "curl --version");
        return out.lines().findFirst().orElse("curl (unknown version)");
    }

    /** PUTs every file to {@code baseUrl/up/NAME}; returns milliseconds. */
    public double upload(String baseUrl, List<Path> files) throws IOException {
        List<String> config = new ArrayList<>();
        // curl asks "Expect: 100-continue" before a large PUT and may wait for the answer; OkHttp never does.
        config.add("header = \"Expect:\"");
        for (Path f : files) {
            config.add("url = \"" + baseUrl + "/up/" + f.getFileName() + "\"");
            config.add("upload-file = \"" + f.toAbsolutePath() + "\"");
            config.add("output = \"/dev/null\"");
        }
        return run(config, "upload");
    }

    /** GETs {@code baseUrl/down/NAME} of every file into /dev/null; returns milliseconds. */
    public double download(String baseUrl, List<Path> files) throws IOException {
        List<String> config = new ArrayList<>();
        for (Path f : files) {
            config.add("url = \"" + baseUrl + "/down/" + f.getFileName() + "\"");
            config.add("output = \"/dev/null\"");
        }
        return run(config, "download");
    }

    private double run(List<String> config, String what) throws IOException {
        Path file = workDir.resolve("curl-" + what + ".conf");
        Files.createDirectories(workDir);
        Files.write(file, config, StandardCharsets.UTF_8);
        long start = System.nanoTime();
        Process p = new ProcessBuilder("curl", "--silent", "--show-error", "--fail", "--config", file.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        await(p, "curl " + what);
        return (System.nanoTime() - start) / 1e6;
    }

    private static void await(Process p, String what) throws IOException {
        try {
            int code = p.waitFor();
            if (code != 0) {
                throw new IOException(what + " exited with " + code);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(what + " interrupted", e);
        }
    }
}
