package io.fieldreport.cli;

import io.fieldreport.sync.CancelToken;
import io.fieldreport.sync.SyncClient;
import io.fieldreport.sync.SyncException;
import io.fieldreport.sync.protocol.WireCodec;
import java.io.PrintWriter;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that works on a profile: opens the {@link SyncClient}, runs, closes it. Errors are
 * turned into exit codes and messages by {@link FieldReportCli}.
 */
abstract class ClientCommand implements Callable<Integer> {

    @Mixin
    ProfileOption profile;

    @Spec
    CommandSpec spec;

    /** Set by the command line's factory when the command is made. */
    SyncClient.Options options = SyncClient.Options.DEFAULT;

    /** Ctrl+C cancels a running operation cleanly: what reached the web stays acknowledged. */
    final CancelToken cancel = new CancelToken();

    @Override
    public final Integer call() throws Exception {
        try (SyncClient client = SyncClient.open(profile.dir, options)) {
            Thread hook = new Thread(cancel::cancel, "fieldreport-cli-cancel");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                return run(client);
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // Already exiting: the hook has run.
                }
            }
        }
    }

    abstract int run(SyncClient client) throws Exception;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    TerminalProgress progress() {
        return TerminalProgress.forConsole(err());
    }

    void json(Object value) {
        out().println(new WireCodec().encode(value));
    }

    /** The inspection named with --inspection, or the open one. */
    static UUID inspection(SyncClient client, UUID given) throws SyncException {
        if (given != null) {
            return given;
        }
        return client.openInspection().orElseThrow(() -> new UsageException(
                "No inspection is open. Run 'open INSPECTION_ID' first, or pass --inspection ID."));
    }

    /** Bad usage found after parsing: exit code 2. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    static String shorten(String text, int max) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }
}
