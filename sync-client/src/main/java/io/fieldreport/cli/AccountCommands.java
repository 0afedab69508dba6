package io.fieldreport.cli;

import io.fieldreport.sync.Account;
import io.fieldreport.sync.SyncClient;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Signing in and out. */
final class AccountCommands {

    private AccountCommands() {
    }

    @Command(name = "login", description = "Sign in to the web with your token.")
    static final class Login extends ClientCommand {
        @Option(names = "--server", required = true, paramLabel = "URL", description = "The web's address.")
        String server;

        @Option(names = "--token", required = true, paramLabel = "TOKEN", description = "Your sign-in token.")
        String token;

        @Override
        int run(SyncClient client) throws Exception {
            Account a = client.signIn(server, token);
            out().println("Signed in as " + a.name() + " (" + a.role().name().toLowerCase(Locale.ROOT) + ") at "
                    + a.serverUrl() + ".");
            return ExitCodes.OK;
        }
    }

    @Command(name = "logout", description = "Sign out and remove your inspections from this laptop.")
    static final class Logout extends ClientCommand {
        @Option(names = "--discard-unsent",
                description = "Sign out even though some work is not on the web yet; that work is lost.")
        boolean discard;

        @Override
        int run(SyncClient client) throws Exception {
            client.signOut(discard);
            out().println("Signed out.");
            return ExitCodes.OK;
        }
    }
}
