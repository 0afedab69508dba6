package io.fieldreport.desktop;

import io.fieldreport.desktop.selfcheck.SelfCheck;
import java.util.List;
import javafx.application.Application;

/**
 * The jar's main class. It must not extend {@link Application}: with JavaFX on the class path
 * (not the module path), the launcher refuses such a main class ("JavaFX runtime components are
 * missing"), so this one hands over to {@link App}. With {@code --self-check} it runs
 * {@link SelfCheck} instead and exits with its code (0 passed, 1 failed; 2 is a command-line mistake).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        AppArguments arguments;
        try {
            arguments = AppArguments.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (arguments.selfCheck()) {
            // System.exit also ends the JavaFX thread the check started.
            System.exit(SelfCheck.forProfile(arguments.profileOrDefault()).run(System.out));
        }
        Application.launch(App.class, args);
    }
}
