package io.fieldreport.desktop.demo;

import io.fieldreport.desktop.AppArguments;
import io.fieldreport.desktop.AppOptions;

/** Turns the command line into the app's options, starting the demo's own web when asked. */
public final class DemoSetup {

    private DemoSetup() {
    }

    public static AppOptions optionsFor(AppArguments args) {
        AppOptions options = AppOptions.forProfile(args.profileOrDefault()).withPrefill(args.web(), args.token(), null);
        if (!args.demo()) {
            return options;
        }
        throw new IllegalStateException("the demo needs mock-web, which is not part of this build yet");
    }
}
