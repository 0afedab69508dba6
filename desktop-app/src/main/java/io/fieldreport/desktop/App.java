package io.fieldreport.desktop;

import atlantafx.base.theme.PrimerLight;
import io.fieldreport.desktop.background.Drainable;
import io.fieldreport.desktop.background.FxTaskRunner;
import io.fieldreport.desktop.background.ScheduledDelay;
import io.fieldreport.desktop.demo.DemoSetup;
import io.fieldreport.desktop.editor.EditorView;
import io.fieldreport.desktop.editor.EditorViewModel;
import io.fieldreport.desktop.editor.FileChooserPhotoPicker;
import io.fieldreport.desktop.editor.ThumbnailCache;
import io.fieldreport.desktop.inspections.InspectionListView;
import io.fieldreport.desktop.inspections.InspectionListViewModel;
import io.fieldreport.desktop.notify.NotificationCenter;
import io.fieldreport.desktop.notify.PlainWords;
import io.fieldreport.desktop.notify.Toasts;
import io.fieldreport.desktop.settings.SettingsView;
import io.fieldreport.desktop.settings.SettingsViewModel;
import io.fieldreport.desktop.signin.SignInView;
import io.fieldreport.desktop.signin.SignInViewModel;
import io.fieldreport.desktop.syncstatus.ConnectionMonitor;
import io.fieldreport.desktop.syncstatus.OperationOutcome;
import io.fieldreport.desktop.syncstatus.StatusBarView;
import io.fieldreport.desktop.syncstatus.SyncActivity;
import io.fieldreport.desktop.syncstatus.SyncStatusView;
import io.fieldreport.desktop.syncstatus.SyncStatusViewModel;
import io.fieldreport.desktop.window.WindowState;
import io.fieldreport.desktop.window.WindowStateStore;
import io.fieldreport.sync.Account;
import io.fieldreport.sync.AutoSync;
import io.fieldreport.sync.ClientSettings;
import io.fieldreport.sync.SyncClient;
import io.fieldreport.sync.protocol.InspectionRecord;
import io.fieldreport.sync.store.StoreException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The composition root: builds every view model and view once, wires who tells whom, and owns what
 * must be closed. Nothing else creates services. Start-up reads (the account, the settings, the
 * last open inspection) happen in {@link #init()}, on the launcher thread, so the FX thread never
 * waits for the database.
 */
public final class App extends Application {

    private static final System.Logger LOG = System.getLogger(App.class.getName());

    private AppOptions options;
    private SyncClient client;
    private FxTaskRunner runner;
    private FxTaskRunner imageRunner;
    private ScheduledDelay delay;
    private AutoSync autoSync;
    private WindowStateStore windowStore;
    private Startup startup;
    private Session session;
    private EditorViewModel editor;
    private SyncActivity activity;
    private Stage stage;
    private MainView mainView;
    private ProfileProblem profileProblem;
    private CompletableFuture<Void> closed = CompletableFuture.completedFuture(null);

    /** What the app knows before its window opens. */
    private record Startup(Optional<Account> account, ClientSettings settings, WindowState window,
                           Optional<InspectionRecord> lastInspection) {
    }

    /** Used by {@link Launcher}: the options come from the command line. */
    public App() {
    }

    /** Used by tests and the screenshot tour. */
    public App(AppOptions options) {
        this.options = options;
    }

    @Override
    public void init() {
        if (options == null) {
            options = DemoSetup.optionsFor(AppArguments.parse(getParameters().getRaw()));
        }
        try {
            client = SyncClient.open(options.profileDir(), options.clientOptions());
        } catch (StoreException e) {
            // Thrown from here, JavaFX would only print it to stderr and the app would vanish.
            LOG.log(System.Logger.Level.ERROR, "cannot open the profile " + options.profileDir(), e);
            profileProblem = new ProfileProblem(options.profileDir(), e);
            return;
        }
        windowStore = new WindowStateStore(options.profileDir());
        WindowState window = windowStore.load();
        Optional<InspectionRecord> last = window.openInspection()
                .filter(client::isDownloaded).flatMap(client::inspection);
        startup = new Startup(client.account(), client.settings(), window, last);
    }

    /** Why the profile could not be opened at start, if it could not. */
    Optional<ProfileProblem> profileProblem() {
        return Optional.ofNullable(profileProblem);
    }

    @Override
    public void start(Stage primaryStage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        if (profileProblem != null) {
            profileProblem.showAndWait();
            Platform.exit();
            return;
        }
        stage = primaryStage;
        runner = new FxTaskRunner(4);
        imageRunner = new FxTaskRunner(1, "fieldreport-images");
        delay = new ScheduledDelay(runner);
        TimeWords time = new TimeWords(options.clock());
        session = new Session();

        NotificationCenter notices = new NotificationCenter(client, runner, options.clock());
        activity = new SyncActivity(client, runner, session);
        SyncStatusViewModel status = new SyncStatusViewModel(client, runner, delay, session);
        ConnectionMonitor connection = new ConnectionMonitor(client, runner, delay, options.connectionCheck());
        SettingsViewModel settings = new SettingsViewModel(client, runner, session, notices);
        settings.show(startup.settings());
        connection.workOfflineProperty().bind(settings.workOfflineProperty());
        SignInViewModel signIn = new SignInViewModel(client, runner, session);
        signIn.prefill(options.prefillAddress(), options.prefillToken());
        InspectionListViewModel inspections = new InspectionListViewModel(client, runner, session, activity, notices,
                settings.workOfflineProperty()::get);
        editor = new EditorViewModel(client, runner, delay, options.autosavePause(), session, notices,
                status::refresh);

        Map<Page, PageView> pages = new EnumMap<>(Page.class);
        pages.put(Page.SIGN_IN, new SignInView(signIn, options.demoHint()));
        pages.put(Page.INSPECTIONS, new InspectionListView(inspections, activity));
        pages.put(Page.EDITOR, new EditorView(editor, activity, settings.workOfflineProperty(),
                new ThumbnailCache(imageRunner, Screen.getPrimary().getOutputScaleX()),
                options.photoPicker() != null ? options.photoPicker()
                        : new FileChooserPhotoPicker()));
        pages.put(Page.SYNC_STATUS, new SyncStatusView(status, activity, time));
        pages.put(Page.SETTINGS, new SettingsView(settings));
        mainView = new MainView(session, pages, new StatusBarView(connection, status, activity, time).create(),
                notices, activity, time);

        activity.onOutcome(outcome -> {
            connection.learn(outcome);
            if (outcome instanceof OperationOutcome.Failed f) {
                status.failed(f.operation(), f.error());
            }
            status.refresh();
            notices.refresh();
            editor.refresh();
            tell(notices, outcome);
            if (session.pageProperty().get() == Page.INSPECTIONS) {
                inspections.refresh();
            }
        });
        // The Syncing Status counts follow a running operation step by step, not only at its end.
        activity.phaseProperty().addListener((obs, was, now) -> status.refreshSoon());
        activity.itemsProperty().addListener((obs, was, now) -> status.refreshSoon());
        notices.onConflictDecided(() -> {
            editor.refresh();
            status.refresh();
        });
        session.pageProperty().addListener((obs, was, now) -> {
            if (now == Page.INSPECTIONS) {
                inspections.refresh();
            } else if (now == Page.SYNC_STATUS) {
                status.refresh();
            }
        });
        if (options.openAfterSignIn() != null && startup.account().isEmpty()) {
            inspections.openWhenListed(options.openAfterSignIn());
        }
        session.accountProperty().addListener((obs, was, now) -> {
            if (now == null) {
                signIn.prefill(was == null ? options.prefillAddress() : was.serverUrl(), null);
            } else {
                status.refresh();
                notices.refresh();
                connection.probe();
            }
        });

        Scene scene = new Scene(mainView.create(), startup.window().width(), startup.window().height());
        scene.getStylesheets().addAll(Toasts.controlsFxStylesheet(), App.class.getResource("app.css").toExternalForm());
        mainView.installShortcuts(scene);
        stage.setScene(scene);
        stage.setTitle("FieldReport");
        stage.getIcons().setAll(AppIcon.windowIcons());
        stage.setMinWidth(WindowState.MIN_WIDTH);
        stage.setMinHeight(WindowState.MIN_HEIGHT);
        restoreWindow(startup.window());
        new Toasts(notices, time, stage, mainView.notificationsOpenProperty(), options.toasts());
        // Closing the window quits (stop() stores the last edits): Ctrl+Q does the same.
        scene.getAccelerators().put(Shortcuts.QUIT, stage::close);

        startup.account().ifPresent(session::signedIn);
        startup.lastInspection().ifPresent(session::opened);
        stage.show();
        mainView.focusCurrent();
        connection.start();
        startAutoSync();
    }

    private void startAutoSync() {
        if (options.autoSyncTick() == null) {
            return;
        }
        autoSync = new AutoSync(client, options.clock(), options.autoSyncTick(), activity.autoSyncListener(),
                outcome -> runner.onUi(() -> activity.autoSyncFinished(outcome)));
        activity.setAutoCancel(autoSync::cancelRun);
        autoSync.start();
    }

    /** A manual operation always says how it ended; an automatic one only when it brought news or failed. */
    private static void tell(NotificationCenter notices, OperationOutcome outcome) {
        if (outcome instanceof OperationOutcome.Succeeded s) {
            boolean news = s.result().pulled() > 0 || s.result().newConflicts() > 0 || s.result().rejected() > 0
                    || !s.result().problems().isEmpty();
            if (s.manual() || news) {
                notices.completed(s.result());
            }
        } else if (outcome instanceof OperationOutcome.Verified v) {
            notices.verified(v.report());
        } else if (outcome instanceof OperationOutcome.Failed f) {
            notices.failed(PlainWords.doing(f.operation()), f.error());
        }
    }

    private void restoreWindow(WindowState w) {
        // A position on a monitor that is no longer attached would open the window out of sight.
        boolean onAScreen = w.hasPosition()
                && !Screen.getScreensForRectangle(w.x(), w.y(), w.width(), w.height()).isEmpty();
        if (onAScreen) {
            stage.setX(w.x());
            stage.setY(w.y());
        }
        stage.setMaximized(w.maximized());
    }

    /**
     * Quits without losing the last keystrokes and without holding the FX thread: here, only what
     * must happen on it (stop what starts new work, take the comments' latest text and the window's
     * place); the waiting and writing happen in {@link Shutdown}, on a thread of its own.
     */
    @Override
    public void stop() {
        if (activity != null) {
            activity.cancel();
        }
        if (autoSync != null) {
            autoSync.close();
        }
        if (delay != null) {
            delay.close();
        }
        List<Runnable> lastWrites = editor == null ? List.of() : editor.lastWrites();
        Optional<WindowState> window = windowState();
        List<Drainable> workers = new ArrayList<>();
        if (runner != null) {
            workers.add(runner);
        }
        if (imageRunner != null) {
            workers.add(imageRunner);
        }
        List<AutoCloseable> closeAfter = new ArrayList<>();
        if (client != null) {
            closeAfter.add(client);
        }
        closeAfter.addAll(options.closeWithApp());
        closed = new Shutdown(workers, Shutdown.DRAIN_LIMIT).start(lastWrites,
                () -> window.ifPresent(this::saveWindow), closeAfter);
    }

    /** Completes once quitting has stored everything and closed the profile (tests reopen it then). */
    public CompletableFuture<Void> closed() {
        return closed;
    }

    private Optional<WindowState> windowState() {
        if (stage == null || windowStore == null) {
            return Optional.empty();
        }
        boolean maximized = stage.isMaximized();
        return Optional.of(new WindowState(maximized ? startup.window().x() : stage.getX(),
                maximized ? startup.window().y() : stage.getY(),
                maximized ? startup.window().width() : stage.getWidth(),
                maximized ? startup.window().height() : stage.getHeight(), maximized,
                session.openInspectionId()));
    }

    private void saveWindow(WindowState w) {
        try {
            windowStore.save(w);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not remember the window: " + e.getMessage());
        }
    }
}
