package io.fieldreport.desktop.demo;

import io.fieldreport.desktop.AppArguments;
import io.fieldreport.desktop.AppOptions;
import io.fieldreport.web.WebServer;
import io.fieldreport.web.WebServerConfig;
import io.fieldreport.web.admin.DemoSeed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Turns the command line into the app's options and, for {@code --demo}, starts a mock web with the
 * demo inspection inside the app, on 127.0.0.1. Its data and the demo profile live under the demo
 * folder, so work survives restarts. The web takes the port it had last time when it is free,
 * since the demo profile remembers the address it signed in to.
 */
public final class DemoSetup {

    static final String PORT_FILE = "web-port";
    private static final System.Logger LOG = System.getLogger(DemoSetup.class.getName());

    private DemoSetup() {
    }

    public static AppOptions optionsFor(AppArguments args) {
        AppOptions options = AppOptions.forProfile(args.profileOrDefault()).withPrefill(args.web(), args.token(), null);
        if (!args.demo()) {
            return options;
        }
        try {
            return startDemo(args, options);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the demo web under " + args.demoDir() + ": "
                    + e.getMessage(), e);
        }
    }

    private static AppOptions startDemo(AppArguments args, AppOptions options) throws IOException {
        Path dir = args.demoDir().toAbsolutePath();
        Files.createDirectories(dir);
        int remembered = rememberedPort(dir);
        WebServer web;
        try {
            web = start(dir, remembered);
        } catch (BindException e) {
            // Another program took the port: a new one means a new address, which the old demo
            // profile was not signed in to. Keep that profile (nothing is deleted) and start afresh.
            web = start(dir, 0);
            if (args.profileDir() == null) {
                moveAside(options.profileDir());
            }
        }
        Files.writeString(dir.resolve(PORT_FILE), Integer.toString(web.port()), StandardCharsets.UTF_8);
        DemoSeed seed = web.admin().seedDemo();
        String hint = hint(web.baseUrl(), seed);
        LOG.log(System.Logger.Level.INFO, hint);
        return options.withPrefill(web.baseUrl(), seed.ana().token(), hint).withOpenAfterSignIn(seed.inspectionId())
                .closingWithApp(web);
    }

    /** What the sign-in form says in the demo: where the web is, and who can edit on it. */
    public static String hint(String baseUrl, DemoSeed seed) {
        return "Demo: a mock web with demo data runs inside this app at " + baseUrl + ". You sign in as "
                + seed.ana().name() + "; the office's web editor is at " + baseUrl + "/editor/ (token "
                + seed.office().token() + ").";
    }

    private static WebServer start(Path dir, int port) throws IOException {
        return WebServer.start(WebServerConfig.builder(dir.resolve("web")).port(port)
                .clock(Clock.systemDefaultZone()).build());
    }

    static int rememberedPort(Path dir) {
        try {
            int port = Integer.parseInt(Files.readString(dir.resolve(PORT_FILE), StandardCharsets.UTF_8).trim());
            return port > 0 && port <= 65_535 ? port : 0;
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    private static void moveAside(Path profile) throws IOException {
        if (Files.isDirectory(profile)) {
            Path aside = profile.resolveSibling(profile.getFileName() + "-before-port-" + System.currentTimeMillis());
            Files.move(profile, aside);
            LOG.log(System.Logger.Level.WARNING, "the demo web needed a new port; the earlier demo profile is kept at "
                    + aside);
        }
    }
}
