package io.fieldreport.web;

import io.fieldreport.web.admin.DemoSeed;
import io.fieldreport.web.admin.NewUser;
import io.fieldreport.web.faults.PoorSignal;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar mock-web.jar --port 8080 --data ./web-data [--seed demo] ...}: starts the mock web,
 * prints what QA needs (demo tokens, the admin token) and last the line {@code listening on URL},
 * then serves until Ctrl+C or SIGTERM, when a shutdown hook lets requests in flight finish and
 * closes the database.
 */
@Command(name = "mock-web", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = MockWebMain.Version.class,
        description = "Runs FieldReport's mock web: the sync protocol, the office web editor, the admin API for QA"
                + " and a poor-signal mode. See docs/QA.md.")
public final class MockWebMain implements java.util.concurrent.Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = WebServerConfig.DEFAULT_HOST, description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--data", defaultValue = "web-data", description = "Folder of the web's database and photos (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--admin-token", description = "Token for the admin API; generated and printed when not given.")
    String adminToken;

    @Option(names = "--seed", description = "'demo': create the demo inspection and users once (kept on later starts).")
    String seed;

    @Option(names = "--max-json-bytes", defaultValue = "16777216", description = "Largest JSON body (default: ${DEFAULT-VALUE}).")
    long maxJsonBytes;

    @Option(names = "--max-photo-bytes", defaultValue = "52428800", description = "Largest photo (default: ${DEFAULT-VALUE}).")
    long maxPhotoBytes;

    @Option(names = "--pull-page-limit", defaultValue = "500", description = "Entities per pull page by default (default: ${DEFAULT-VALUE}).")
    int pullPageLimit;

    @Option(names = "--threads", defaultValue = "32", description = "Requests served at once (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--latency-ms", defaultValue = "0", description = "Poor signal: delay added to every request, in ms.")
    long latencyMillis;

    @Option(names = "--bandwidth-kbps", defaultValue = "0", description = "Poor signal: body bandwidth in kbit/s (0 = unlimited).")
    long bandwidthKbps;

    @Option(names = "--fail-percent", defaultValue = "0", description = "Poor signal: share of requests (0-100 %%) answered 503.")
    int failPercent;

    @Option(names = "--drop-percent", defaultValue = "0", description = "Poor signal: share of requests (0-100 %%) whose answer is lost: handled, then the connection drops.")
    int dropPercent;

    @Option(names = "--cut-upload-after", defaultValue = "0", description = "Poor signal: cut each photo upload request after this many bytes.")
    long cutUploadAfter;

    @Option(names = "--cut-download-after", defaultValue = "0", description = "Poor signal: cut each photo download after this many bytes.")
    long cutDownloadAfter;

    @Option(names = "--poor-signal-seed", description = "Poor signal: seed for the fail/drop draws, to repeat a run exactly.")
    Long poorSignalSeed;

    private final PrintStream out;

    MockWebMain(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        int code = new CommandLine(new MockWebMain(System.out)).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    @Override
    public Integer call() throws Exception {
        if (seed != null && !seed.equals("demo")) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--seed knows only 'demo', not '" + seed + "'");
        }
        WebServerConfig config;
        try {
            config = WebServerConfig.builder(data).host(host).port(port).adminToken(adminToken)
                    .maxJsonBytes(maxJsonBytes).maxPhotoBytes(maxPhotoBytes).pullPageLimit(pullPageLimit)
                    .threads(threads)
                    .poorSignal(new PoorSignal(latencyMillis, bandwidthKbps, failPercent, dropPercent, cutUploadAfter,
                            cutDownloadAfter, poorSignalSeed))
                    .build();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(new CommandLine(this), e.getMessage());
        }
        WebServer server;
        try {
            server = WebServer.start(config);
        } catch (BindException e) {
            System.err.println("mock-web: cannot listen on " + host + ":" + port + ": " + e.getMessage());
            return 2;
        }
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("stopping: finishing requests in flight");
            server.close();
            out.println("stopped");
            out.flush();
            stopped.countDown();
        }, "mock-web-shutdown"));
        out.println("data: " + data.toAbsolutePath().normalize());
        out.println("admin token: " + server.adminToken() + (adminToken == null ? " (generated)" : ""));
        if (seed != null) {
            DemoSeed demo = server.admin().seedDemo();
            out.println("demo inspection: " + demo.inspectionId());
            for (NewUser u : new NewUser[] {demo.ana(), demo.ben(), demo.office()}) {
                out.printf("demo %-9s %-13s token %s%n", u.role().name().toLowerCase(Locale.ROOT), u.name(), u.token());
            }
        }
        out.println("poor signal: " + config.poorSignal().describe());
        out.println("web editor: " + server.baseUrl() + "/editor/");
        out.println("listening on " + server.baseUrl());
        out.flush();
        stopped.await();
        return 0;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = MockWebMain.class.getPackage().getImplementationVersion();
            return new String[] {"mock-web " + (v == null ? "dev" : v)};
        }
    }
}
