package io.fieldreport.cli;

import io.fieldreport.sync.ProfileLocation;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --profile DIR}, taken by every command. */
final class ProfileOption {

    @Option(names = "--profile", paramLabel = "DIR",
            description = "The profile folder (database, photos, settings). Default: ${DEFAULT-VALUE}")
    Path dir = ProfileLocation.defaultDir();
}
