package io.fieldreport.cli;

import io.fieldreport.sync.SyncClient;
import io.fieldreport.sync.SyncResult;
import io.fieldreport.sync.SyncStatus;
import io.fieldreport.sync.VerifyReport;
import io.fieldreport.sync.protocol.InspectionRecord;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Save, Sync, Force Sync All Data, Verify and the status. */
final class SyncCommands {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private SyncCommands() {
    }

    static int report(ClientCommand cmd, SyncResult r) {
        cmd.out().println(r.summary());
        r.problems().forEach(p -> cmd.err().println("Problem: " + p));
        if (r.verify() != null) {
            printPending(cmd, r.verify());
        }
        if (r.verify() != null && !r.verify().matched()) {
            printDifferences(cmd, r.verify());
            return ExitCodes.VERIFY_DIFFERS;
        }
        return ExitCodes.OK;
    }

    static void printDifferences(ClientCommand cmd, VerifyReport v) {
        for (VerifyReport.Difference d : v.differences()) {
            cmd.out().println("  " + d.kind() + " " + d.id() + ": " + d.problem().words());
        }
    }

    /** What differs only because it is still queued here: no mismatch, the next Save sends it. */
    static void printPending(ClientCommand cmd, VerifyReport v) {
        for (VerifyReport.Difference d : v.pending()) {
            cmd.out().println("  " + d.kind() + " " + d.id() + ": not on the web yet (still to send)");
        }
    }

    @Command(name = "save", description = "Send every change not yet on the web, of every inspection (push only).")
    static final class Save extends ClientCommand {
        @Override
        int run(SyncClient client) throws Exception {
            return report(this, client.save(progress(), cancel));
        }
    }

    @Command(name = "sync", description = "Take the sync lock, send your changes, receive everyone else's for the open"
            + " inspection, check, release the lock.")
    static final class Sync extends ClientCommand {
        @Option(names = "--inspection", paramLabel = "ID")
        UUID inspection;

        @Override
        int run(SyncClient client) throws Exception {
            return report(this, client.sync(inspection(client, inspection), progress(), cancel));
        }
    }

    @Command(name = "force-sync", description = "Force Sync All Data: send everything again as if never sent, receive"
            + " the open inspection from scratch, verify.")
    static final class ForceSync extends ClientCommand {
        @Option(names = "--inspection", paramLabel = "ID")
        UUID inspection;

        @Override
        int run(SyncClient client) throws Exception {
            return report(this, client.forceSync(inspection(client, inspection), progress(), cancel));
        }
    }

    @Command(name = "verify", description = "Compare the open inspection with the web's copy; exit code 5 if they differ.")
    static final class Verify extends ClientCommand {
        @Option(names = "--inspection", paramLabel = "ID")
        UUID inspection;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        int run(SyncClient client) throws Exception {
            VerifyReport v = client.verify(inspection(client, inspection), progress(), cancel);
            if (json) {
                json(v);
            } else if (v.matched() && v.pending().isEmpty()) {
                out().println("The web has everything this laptop has (" + v.laptopComments() + " comments, "
                        + v.laptopPhotos() + " photos; root " + v.laptopRoot().substring(0, 12) + ").");
            } else if (v.matched()) {
                out().println("The web has everything this laptop has sent; " + v.pending().size()
                        + " not sent yet (the next Save sends them):");
                printPending(this, v);
            } else {
                out().println("The laptop and the web differ in " + v.differences().size() + " places:");
                printDifferences(this, v);
            }
            return v.matched() ? ExitCodes.OK : ExitCodes.VERIFY_DIFFERS;
        }
    }

    @Command(name = "status", description = "What is still to upload or download, and when syncs last succeeded.")
    static final class Status extends ClientCommand {
        @Option(names = "--inspection", paramLabel = "ID")
        UUID inspection;

        @Option(names = "--all", description = "The whole laptop, not just the open inspection.")
        boolean all;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        int run(SyncClient client) throws Exception {
            UUID id = all ? null : inspection != null ? inspection : client.openInspection().orElse(null);
            SyncStatus s = client.status(id);
            if (json) {
                json(s);
                return ExitCodes.OK;
            }
            String title = id == null ? "All inspections on this laptop"
                    : client.inspection(id).map(InspectionRecord::address).orElse(id.toString());
            out().println(title + (client.account().map(a -> "  (signed in as " + a.name() + ")").orElse("  (not signed in)")));
            line("Changes not on the web", Integer.toString(s.changesToUpload()));
            line("Photos to upload", Integer.toString(s.photosToUpload()));
            line("Photos to download", Integer.toString(s.photosToDownload()));
            line("Last Save", when(s.lastSave()));
            line("Last Sync", when(s.lastSync()));
            line("Last Force Sync", when(s.lastForceSync()));
            line("Last verify", s.lastVerify() == null ? "never"
                    : when(s.lastVerify()) + (Boolean.TRUE.equals(s.lastVerifyMatched()) ? ", matched" : ", DIFFERED"));
            line("Conflicts to review", Integer.toString(s.openConflicts()));
            line("Rejected changes", Integer.toString(s.rejectedChanges()));
            line("Clock", (s.clockOff() ? "OFF by " : "in step with the web, offset ")
                    + String.format("%+.1f s", Math.round(s.clockOffsetMillis() / 100.0) / 10.0 + 0.0));
            line("Last error", s.lastError() == null ? "-" : s.lastError());
            return ExitCodes.OK;
        }

        private void line(String label, String value) {
            out().printf("  %-24s %s%n", label + ":", value);
        }

        private static String when(Instant t) {
            return t == null ? "never" : WHEN.format(t);
        }
    }
}
