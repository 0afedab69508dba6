package io.fieldreport.cli;

import io.fieldreport.sync.InspectionSummary;
import io.fieldreport.sync.ItemSummary;
import io.fieldreport.sync.SyncClient;
import io.fieldreport.sync.SyncResult;
import io.fieldreport.sync.protocol.InspectionRecord;
import io.fieldreport.sync.protocol.ItemRecord;
import io.fieldreport.sync.protocol.Rating;
import io.fieldreport.sync.protocol.SectionRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Listing and opening inspections, and their items. */
final class InspectionCommands {

    private InspectionCommands() {
    }

    @Command(name = "inspections", description = "List your inspections, on the web and on this laptop.")
    static final class Inspections extends ClientCommand {
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Option(names = "--local", description = "Only those on this laptop; does not ask the web.")
        boolean local;

        @Override
        int run(SyncClient client) throws Exception {
            List<InspectionSummary> list = local ? client.localInspections() : client.allInspections();
            if (json) {
                json(list);
                return ExitCodes.OK;
            }
            if (list.isEmpty()) {
                out().println("No inspections.");
            }
            UUID open = client.openInspection().orElse(null);
            for (InspectionSummary s : list) {
                InspectionRecord i = s.inspection();
                out().printf("%s %s  %-10s  %-34s %-20s %s%s%n", i.id().equals(open) ? "*" : " ", i.id(),
                        i.scheduledDate() == null ? "" : i.scheduledDate(), shorten(i.address(), 34),
                        shorten(i.clientName(), 20), i.status().name().toLowerCase(java.util.Locale.ROOT),
                        (s.onLaptop() ? "  on laptop" : "") + (s.changesNotOnWeb() > 0
                                ? "  " + s.changesNotOnWeb() + " not on web" : ""));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "open", description = "Open an inspection; the first time, download it whole.")
    static final class Open extends ClientCommand {
        @Parameters(paramLabel = "INSPECTION_ID")
        UUID id;

        @Override
        int run(SyncClient client) throws Exception {
            Optional<SyncResult> downloaded = client.open(id, progress(), cancel);
            String address = client.inspection(id).map(InspectionRecord::address).orElse(id.toString());
            out().println("Opened " + address + downloaded.map(r -> " (downloaded " + r.pulled()
                    + " comments and photos, " + r.photosDownloaded() + " photo files).").orElse("."));
            return ExitCodes.OK;
        }
    }

    @Command(name = "items", description = "The sections and items of the open inspection, with comment counts.")
    static final class Items extends ClientCommand {
        @Option(names = "--inspection", paramLabel = "ID", description = "Another inspection than the open one.")
        UUID inspection;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        record ItemLine(String section, String itemId, String title, int comments, Rating worstRating) {
        }

        @Override
        int run(SyncClient client) throws Exception {
            UUID id = inspection(client, inspection);
            Map<String, ItemSummary> counts = client.itemSummaries(id);
            List<ItemLine> lines = new ArrayList<>();
            for (SectionRecord s : client.sections(id)) {
                for (ItemRecord item : s.items()) {
                    ItemSummary c = counts.get(item.id());
                    lines.add(new ItemLine(s.title(), item.id(), item.title(), c == null ? 0 : c.comments(),
                            c == null ? null : c.worstRating()));
                }
            }
            if (json) {
                json(lines);
                return ExitCodes.OK;
            }
            String section = null;
            for (ItemLine line : lines) {
                if (!line.section().equals(section)) {
                    section = line.section();
                    out().println(section);
                }
                out().printf("  %-28s %-44s %s%n", line.itemId(), shorten(line.title(), 44),
                        line.comments() == 0 ? "" : line.comments() + (line.comments() == 1 ? " comment" : " comments")
                                + (line.worstRating() == null ? "" : ", " + line.worstRating().label()));
            }
            return ExitCodes.OK;
        }
    }
}
