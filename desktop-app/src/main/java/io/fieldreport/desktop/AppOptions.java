package io.fieldreport.desktop;

import io.fieldreport.desktop.editor.PhotoPicker;
import io.fieldreport.desktop.notify.Toasts;
import io.fieldreport.sync.SyncClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * How one run of the app is set up: the profile, what the sign-in form starts with, the timings,
 * and what tests replace (the photo picker, sync-client's waits). Built from the command line by
 * {@link AppArguments}, or directly by tests.
 *
 * @param autoSyncTick     how often auto-sync checks whether a run is due; null turns auto-sync off
 * @param demoHint         a sentence above the sign-in form in the demo, or null
 * @param photoPicker      null for the system file chooser
 * @param openAfterSignIn  the inspection to open once the sign-in form was used (the demo's), or null
 * @param closeWithApp     what the app stops when it quits (the demo's web)
 * @param toasts           how long pop-ups stay before they fold into the notifications panel
 */
public record AppOptions(Path profileDir, String prefillAddress, String prefillToken, String demoHint,
                         UUID openAfterSignIn, SyncClient.Options clientOptions, Clock clock,
                         Duration autosavePause, Duration autoSyncTick, Duration connectionCheck,
                         PhotoPicker photoPicker, List<AutoCloseable> closeWithApp, Toasts.Timing toasts) {

    public static final Duration AUTOSAVE_PAUSE = Duration.ofMillis(600);
    public static final Duration AUTO_SYNC_TICK = Duration.ofSeconds(15);
    public static final Duration CONNECTION_CHECK = Duration.ofSeconds(30);

    public AppOptions {
        closeWithApp = List.copyOf(closeWithApp);
    }

    /** The production setup for a profile folder. */
    public static AppOptions forProfile(Path profileDir) {
        return new AppOptions(profileDir, null, null, null, null, SyncClient.Options.DEFAULT,
                Clock.systemDefaultZone(), AUTOSAVE_PAUSE, AUTO_SYNC_TICK, CONNECTION_CHECK, null, List.of(),
                Toasts.Timing.DEFAULT);
    }

    public AppOptions withPrefill(String address, String token, String hint) {
        return new AppOptions(profileDir, address, token, hint, openAfterSignIn, clientOptions, clock, autosavePause,
                autoSyncTick, connectionCheck, photoPicker, closeWithApp, toasts);
    }

    public AppOptions withOpenAfterSignIn(UUID inspection) {
        return new AppOptions(profileDir, prefillAddress, prefillToken, demoHint, inspection, clientOptions, clock,
                autosavePause, autoSyncTick, connectionCheck, photoPicker, closeWithApp, toasts);
    }

    public AppOptions withPhotoPicker(PhotoPicker picker) {
        return new AppOptions(profileDir, prefillAddress, prefillToken, demoHint, openAfterSignIn, clientOptions, clock,
                autosavePause, autoSyncTick, connectionCheck, picker, closeWithApp, toasts);
    }

    public AppOptions withAutoSyncTick(Duration tick) {
        return new AppOptions(profileDir, prefillAddress, prefillToken, demoHint, openAfterSignIn, clientOptions, clock,
                autosavePause, tick, connectionCheck, photoPicker, closeWithApp, toasts);
    }

    public AppOptions withClientOptions(SyncClient.Options options) {
        return new AppOptions(profileDir, prefillAddress, prefillToken, demoHint, openAfterSignIn, options, clock,
                autosavePause, autoSyncTick, connectionCheck, photoPicker, closeWithApp, toasts);
    }

    public AppOptions withToasts(Toasts.Timing timing) {
        return new AppOptions(profileDir, prefillAddress, prefillToken, demoHint, openAfterSignIn, clientOptions, clock,
                autosavePause, autoSyncTick, connectionCheck, photoPicker, closeWithApp, timing);
    }

    public AppOptions closingWithApp(AutoCloseable resource) {
        List<AutoCloseable> all = new ArrayList<>(closeWithApp);
        all.add(resource);
        return new AppOptions(profileDir, prefillAddress, prefillToken, demoHint, openAfterSignIn, clientOptions, clock,
                autosavePause, autoSyncTick, connectionCheck, photoPicker, all, toasts);
    }
}
