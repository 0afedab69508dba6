package io.fieldreport.cli;

import io.fieldreport.sync.AccessDeniedException;
import io.fieldreport.sync.LockHeldException;
import io.fieldreport.sync.NotSignedInException;
import io.fieldreport.sync.SyncCancelledException;
import io.fieldreport.sync.SyncClient;
import io.fieldreport.sync.UnsyncedWorkException;
import io.fieldreport.sync.WebRefusedException;
import io.fieldreport.sync.WebUnreachableException;
import io.fieldreport.sync.store.EditRejectedException;
import io.fieldreport.sync.store.StoreException;
import java.io.IOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The FieldReport command line, for QA and scripting: the same profile format, operations and
 * rules as the desktop app. Exit codes: 0 success, 2 bad usage or input, 3 the sync lock stayed held
 * by someone else, 4 network failure (with what is still pending), 5 verify found differences,
 * 6 the web refused (access, sign-in), 1 anything else.
 */
@Command(name = "fieldreport", mixinStandardHelpOptions = true, version = "FieldReport command line 0.1",
        description = "Write and sync inspection reports from the command line.",
        subcommands = {
            AccountCommands.Login.class, AccountCommands.Logout.class,
            InspectionCommands.Inspections.class, InspectionCommands.Open.class, InspectionCommands.Items.class,
            CommentCommands.ListComments.class, CommentCommands.Group.class, PhotoCommands.Group.class,
            SyncCommands.Save.class, SyncCommands.Sync.class, SyncCommands.ForceSync.class, SyncCommands.Verify.class,
            SyncCommands.Status.class, ConflictCommands.ListConflicts.class, SettingsCommand.Settings.class,
            SettingsCommand.Rejected.class})
public final class FieldReportCli {

    private FieldReportCli() {
    }

    public static void main(String[] args) {
        System.exit(commandLine(SyncClient.Options.DEFAULT).execute(args));
    }

    /**
     * The command line with its error handling; every command opens its profile with
     * {@code options} (tests pass shorter retry pauses).
     */
    public static CommandLine commandLine(SyncClient.Options options) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine cli = new CommandLine(FieldReportCli.class, new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                K made = defaults.create(type);
                if (made instanceof ClientCommand command) {
                    command.options = options;
                }
                return made;
            }
        });
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println(message(e));
            return exitCode(e);
        });
        return cli;
    }

    static int exitCode(Exception e) {
        if (e instanceof LockHeldException) {
            return ExitCodes.LOCK_HELD;
        }
        if (e instanceof WebUnreachableException) {
            return ExitCodes.NETWORK;
        }
        if (e instanceof AccessDeniedException || e instanceof WebRefusedException) {
            return ExitCodes.REFUSED;
        }
        if (e instanceof ClientCommand.UsageException || e instanceof IllegalArgumentException
                || e instanceof EditRejectedException || e instanceof NotSignedInException
                || e instanceof UnsyncedWorkException || e instanceof java.nio.file.NoSuchFileException) {
            return ExitCodes.USAGE;
        }
        if (e instanceof SyncCancelledException) {
            return 130;
        }
        return ExitCodes.FAILED;
    }

    static String message(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return "No such file: " + n.getFile();
        }
        if (e instanceof StoreException || e instanceof IOException) {
            return "Error: " + e.getMessage();
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
