package io.fieldreport.cli;

import io.fieldreport.sync.Conflict;
import io.fieldreport.sync.SyncClient;
import java.util.List;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Edits of yours that lost to newer edits made elsewhere. */
final class ConflictCommands {

    private ConflictCommands() {
    }

    @Command(name = "conflicts", description = "Your edits that lost to a newer edit elsewhere; keep yours or dismiss.",
            subcommands = {KeepMine.class, Dismiss.class})
    static final class ListConflicts extends ClientCommand {
        @Option(names = "--inspection", paramLabel = "ID", description = "Only this inspection's conflicts.")
        UUID inspection;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        int run(SyncClient client) throws Exception {
            List<Conflict> conflicts = client.conflicts(inspection);
            if (json) {
                json(conflicts);
                return ExitCodes.OK;
            }
            if (conflicts.isEmpty()) {
                out().println("No conflicts to review.");
            }
            for (Conflict c : conflicts) {
                out().printf("%d  %s %s (%s) %s:%n     mine:   \"%s\"%n     theirs: \"%s\" by %s%n", c.id(), c.entity(),
                        c.entityId(), c.itemId(), c.field(), shorten(c.mine(), 70), shorten(c.theirs(), 70),
                        c.theirAuthor());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "keep-mine", description = "Make your version current again; it wins on the next Save or Sync.")
    static final class KeepMine extends ClientCommand {
        @Parameters(paramLabel = "ID")
        long id;

        @Override
        int run(SyncClient client) throws Exception {
            client.keepMine(id);
            out().println("Kept your version; it goes to the web with the next Save or Sync.");
            return ExitCodes.OK;
        }
    }

    @Command(name = "dismiss", description = "Keep the newer version; yours stays in the comment's history.")
    static final class Dismiss extends ClientCommand {
        @Parameters(paramLabel = "ID")
        long id;

        @Override
        int run(SyncClient client) throws Exception {
            client.dismissConflict(id);
            out().println("Dismissed; your version stays in the history.");
            return ExitCodes.OK;
        }
    }
}
