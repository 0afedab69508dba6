package io.fieldreport.desktop;

import javafx.application.Application;

/**
 * The jar's main class. It must not extend {@link Application}: with JavaFX on the class path
 * (not the module path), the launcher refuses such a main class ("JavaFX runtime components are
 * missing"), so this one hands over to {@link App}.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        try {
            AppArguments.parse(java.util.List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
        Application.launch(App.class, args);
    }
}
