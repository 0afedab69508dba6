package io.fieldreport.cli;

import io.fieldreport.sync.SyncClient;
import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.sync.protocol.Rating;
import io.fieldreport.sync.store.CommentEdit;
import io.fieldreport.sync.store.HistoryEntry;
import java.util.List;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Reading and editing comments. */
final class CommentCommands {

    private CommentCommands() {
    }

    static Rating rating(String text) {
        if (text == null || text.equalsIgnoreCase("none")) {
            return null;
        }
        try {
            return Rating.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ClientCommand.UsageException(e.getMessage() + " (or none to clear it)");
        }
    }

    @Command(name = "comments", description = "The comments of the open inspection.")
    static final class ListComments extends ClientCommand {
        @Option(names = "--inspection", paramLabel = "ID")
        UUID inspection;

        @Option(names = "--item", paramLabel = "ITEM_ID", description = "Only this item's comments.")
        String item;

        @Option(names = "--deleted", description = "Include deleted comments.")
        boolean deleted;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        int run(SyncClient client) throws Exception {
            UUID id = inspection(client, inspection);
            List<CommentRecord> comments = (item == null ? client.allComments(id) : client.comments(id, item, true))
                    .stream().filter(c -> deleted || !c.deleted().value()).toList();
            if (json) {
                json(comments);
                return ExitCodes.OK;
            }
            for (CommentRecord c : comments) {
                out().printf("%s  %-26s %-12s %s%s%n", c.id(), c.itemId(),
                        c.rating().value() == null ? "-" : c.rating().value().label(), shorten(c.text().value(), 60),
                        c.deleted().value() ? "  (deleted)" : "");
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "comment", description = "Add, edit or delete a comment.",
            subcommands = {Add.class, Edit.class, Delete.class, History.class})
    static final class Group {
    }

    @Command(name = "add", description = "Add a comment to an item; prints its id.")
    static final class Add extends ClientCommand {
        @Option(names = "--inspection", paramLabel = "ID")
        UUID inspection;

        @Parameters(paramLabel = "ITEM_ID")
        String item;

        @Option(names = "--text", required = true, paramLabel = "TEXT")
        String text;

        @Option(names = "--rating", paramLabel = "RATING", description = "satisfactory, maintenance, defect or safety")
        String rating;

        @Override
        int run(SyncClient client) throws Exception {
            CommentRecord c = client.addComment(inspection(client, inspection), item, text, rating(rating));
            out().println(c.id());
            return ExitCodes.OK;
        }
    }

    @Command(name = "edit", description = "Change a comment's text and/or rating.")
    static final class Edit extends ClientCommand {
        @Parameters(paramLabel = "COMMENT_ID")
        UUID id;

        @Option(names = "--text", paramLabel = "TEXT")
        String text;

        @Option(names = "--rating", paramLabel = "RATING", description = "satisfactory, maintenance, defect, safety or none")
        String rating;

        @Override
        int run(SyncClient client) throws Exception {
            if (text == null && rating == null) {
                throw new UsageException("Give --text, --rating or both.");
            }
            CommentEdit edit = new CommentEdit(text, rating != null, rating(rating));
            CommentRecord c = client.editComment(id, edit);
            out().println("Comment " + c.id() + " saved on this laptop.");
            return ExitCodes.OK;
        }
    }

    @Command(name = "delete", description = "Delete a comment.")
    static final class Delete extends ClientCommand {
        @Parameters(paramLabel = "COMMENT_ID")
        UUID id;

        @Override
        int run(SyncClient client) throws Exception {
            client.deleteComment(id);
            out().println("Comment " + id + " deleted on this laptop.");
            return ExitCodes.OK;
        }
    }

    @Command(name = "history", description = "Every version of a comment that lost to a newer edit.")
    static final class History extends ClientCommand {
        @Parameters(paramLabel = "COMMENT_ID")
        UUID id;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        int run(SyncClient client) throws Exception {
            List<HistoryEntry> entries = client.history(id);
            if (json) {
                json(entries);
                return ExitCodes.OK;
            }
            var values = client.fieldValues();
            for (HistoryEntry h : entries) {
                out().printf("%s  %-7s %s: \"%s\"  lost to %s: \"%s\"%n", h.stamp(), h.field(), h.author(),
                        shorten(values.display(h.field(), h.valueJson()), 50), h.winnerAuthor(),
                        shorten(values.display(h.field(), h.winnerValueJson()), 50));
            }
            return ExitCodes.OK;
        }
    }
}
