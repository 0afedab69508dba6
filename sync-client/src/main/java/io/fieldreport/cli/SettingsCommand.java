package io.fieldreport.cli;

import io.fieldreport.sync.ClientSettings;
import io.fieldreport.sync.PhotoQuality;
import io.fieldreport.sync.SyncClient;
import io.fieldreport.sync.store.RejectedChange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Shows or changes the sync settings; lists rejected changes. */
final class SettingsCommand {

    private SettingsCommand() {
    }

    @Command(name = "settings", description = "Show or change the sync settings.")
    static final class Settings extends ClientCommand {
        @Option(names = "--auto-sync-minutes", paramLabel = "N", description = "Minutes between automatic syncs; 0 = off.")
        Integer autoSync;

        @Option(names = "--work-offline", paramLabel = "true|false", arity = "1")
        Boolean offline;

        @Option(names = "--photo-quality", paramLabel = "Q", description = "original, or a long edge in pixels such as 1600")
        String quality;

        @Option(names = "--lock-wait-seconds", paramLabel = "S", description = "How long Sync waits for another inspector's lock.")
        Integer lockWait;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        int run(SyncClient client) throws Exception {
            ClientSettings s = client.settings();
            try {
                ClientSettings next = new ClientSettings(autoSync != null ? autoSync : s.autoSyncMinutes(),
                        offline != null ? offline : s.workOffline(),
                        quality != null ? PhotoQuality.parse(quality) : s.photoQuality(),
                        lockWait != null ? lockWait : s.lockWaitSeconds());
                if (!next.equals(s)) {
                    client.saveSettings(next);
                    s = next;
                }
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            if (json) {
                json(s);
            } else {
                out().println("Auto-sync every:   " + (s.autoSyncMinutes() == 0 ? "off" : s.autoSyncMinutes() + " min"));
                out().println("Work offline:      " + (s.workOffline() ? "yes" : "no"));
                out().println("Photo quality:     " + s.photoQuality());
                out().println("Lock wait:         " + s.lockWaitSeconds() + " s");
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "rejected", description = "Changes the web refused for good, with its reasons.")
    static final class Rejected extends ClientCommand {
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        int run(SyncClient client) throws Exception {
            var list = client.rejectedChanges(false);
            if (json) {
                json(list);
                return ExitCodes.OK;
            }
            if (list.isEmpty()) {
                out().println("No rejected changes.");
            }
            for (RejectedChange r : list) {
                out().printf("%s  %s %s: %s (%s)%n", r.rejectedAt(), r.entity(), r.entityId(), r.message(), r.reason());
            }
            return ExitCodes.OK;
        }
    }
}
