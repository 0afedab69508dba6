package io.fieldreport.cli;

import io.fieldreport.sync.SyncClient;
import io.fieldreport.sync.protocol.PhotoRecord;
import java.nio.file.Path;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Adding and deleting photos. */
final class PhotoCommands {

    private PhotoCommands() {
    }

    @Command(name = "photo", description = "Add or delete a photo.", subcommands = {Add.class, Delete.class})
    static final class Group {
    }

    @Command(name = "add", description = "Attach a photo file to a comment; prints the photo's id.")
    static final class Add extends ClientCommand {
        @Parameters(index = "0", paramLabel = "COMMENT_ID")
        UUID comment;

        @Parameters(index = "1", paramLabel = "FILE")
        Path file;

        @Option(names = "--caption", paramLabel = "CAPTION")
        String caption = "";

        @Override
        int run(SyncClient client) throws Exception {
            PhotoRecord p = client.addPhoto(comment, file, caption);
            out().println(p.id());
            return ExitCodes.OK;
        }
    }

    @Command(name = "delete", description = "Delete a photo.")
    static final class Delete extends ClientCommand {
        @Parameters(paramLabel = "PHOTO_ID")
        UUID id;

        @Override
        int run(SyncClient client) throws Exception {
            client.deletePhoto(id);
            out().println("Photo " + id + " deleted on this laptop.");
            return ExitCodes.OK;
        }
    }
}
