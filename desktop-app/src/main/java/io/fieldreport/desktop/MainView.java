package io.fieldreport.desktop;

import io.fieldreport.desktop.notify.NotificationCenter;
import io.fieldreport.desktop.notify.NotificationsView;
import io.fieldreport.desktop.syncstatus.SyncActivity;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The main window's frame: the header with the screens and the notifications button, the current
 * screen, the notifications panel, and the status bar. Sign-in shows alone.
 */
public final class MainView {

    private final Session session;
    private final Map<Page, PageView> pages;
    private final Node statusBar;
    private final Node notificationsPanel;
    private final NotificationCenter notices;
    private final SyncActivity activity;
    private final BorderPane root = new BorderPane();
    private final BorderPane frame = new BorderPane();
    private final Node header;
    private final ReadOnlyBooleanWrapper notificationsOpen = new ReadOnlyBooleanWrapper();

    public MainView(Session session, Map<Page, PageView> pages, Node statusBar, NotificationCenter notices,
                    SyncActivity activity, TimeWords time) {
        this.session = session;
        this.pages = Map.copyOf(pages);
        this.statusBar = statusBar;
        this.notificationsPanel = new NotificationsView(notices, time, this::closeNotifications).create();
        this.notices = notices;
        this.activity = activity;
        this.header = header();
        frame.rightProperty().addListener((obs, was, now) -> notificationsOpen.set(now != null));
    }

    /** Whether the notifications panel shows at the window's right. */
    public ReadOnlyBooleanProperty notificationsOpenProperty() {
        return notificationsOpen.getReadOnlyProperty();
    }

    public Parent create() {
        // Every screen is built now: a view starts following its view model when built, and one built
        // only when first shown would miss what its view model did before (the restored inspection).
        pages.values().forEach(PageView::node);
        root.setId("mainWindow");
        session.pageProperty().addListener((obs, was, now) -> show(now));
        show(session.pageProperty().get());
        return root;
    }

    /** Ctrl+S / Cmd+S saves, Ctrl+Shift+S / Cmd+Shift+S syncs, from every screen once signed in. */
    public void installShortcuts(Scene scene) {
        scene.getAccelerators().put(Shortcuts.SAVE, () -> {
            if (session.pageProperty().get() != Page.SIGN_IN && activity.canStartProperty().get()) {
                activity.save();
            }
        });
        scene.getAccelerators().put(Shortcuts.SYNC, () -> {
            if (session.pageProperty().get() != Page.SIGN_IN && activity.canSyncProperty().get()) {
                activity.sync();
            }
        });
    }

    private void show(Page page) {
        PageView view = pages.get(page);
        if (page == Page.SIGN_IN) {
            root.setTop(null);
            root.setBottom(null);
            root.setCenter(view.node());
        } else {
            frame.setCenter(view.node());
            root.setTop(header);
            root.setCenter(frame);
            root.setBottom(statusBar);
        }
        if (root.getScene() != null) {
            view.focusFirst();
        }
    }

    /** Focuses the current screen's first field: after the window is shown. */
    public void focusCurrent() {
        pages.get(session.pageProperty().get()).focusFirst();
    }

    private Node header() {
        Label title = new Label("FieldReport", AppIcon.view(26));
        title.getStyleClass().add("app-title");

        ToggleGroup nav = new ToggleGroup();
        ToggleButton inspections = navButton("Inspections", "navInspections", Material2AL.LIST, Page.INSPECTIONS, nav);
        ToggleButton report = navButton("Report", "navEditor", Material2AL.DESCRIPTION, Page.EDITOR, nav);
        report.disableProperty().bind(session.openInspectionProperty().isNull());
        ToggleButton status = navButton("Syncing Status", "navStatus", Material2MZ.SYNC, Page.SYNC_STATUS, nav);
        ToggleButton settings = navButton("Settings", "navSettings", Material2MZ.SETTINGS, Page.SETTINGS, nav);
        session.pageProperty().addListener((obs, was, now) -> selectNav(nav, now));
        selectNav(nav, session.pageProperty().get());

        Label count = new Label();
        count.getStyleClass().add("badge");
        count.textProperty().bind(Bindings.size(notices.listed()).asString());
        count.visibleProperty().bind(Bindings.isNotEmpty(notices.listed()));
        FontIcon bell = new FontIcon(Material2MZ.NOTIFICATIONS_NONE);
        StackPane bellWithCount = new StackPane(bell, count);
        StackPane.setAlignment(count, Pos.TOP_RIGHT);
        count.setTranslateX(10);
        count.setTranslateY(-8);
        Button notifications = new Button(null, bellWithCount);
        notifications.setId("notificationsButton");
        notifications.getStyleClass().addAll("flat");
        notifications.setTooltip(new Tooltip("Notifications: problems and conflicts waiting for you"));
        notifications.setOnAction(e -> frame.setRight(frame.getRight() == null ? notificationsPanel : null));

        Label account = new Label();
        account.setId("accountLabel");
        account.getStyleClass().add("account-label");
        account.textProperty().bind(Bindings.createStringBinding(() -> session.accountProperty().get() == null ? ""
                : session.accountProperty().get().name(), session.accountProperty()));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(title, inspections, report, status, settings, spacer, notifications, account);
        bar.getStyleClass().add("app-header");
        return bar;
    }

    private void closeNotifications() {
        frame.setRight(null);
    }

    private ToggleButton navButton(String text, String id, Ikon icon, Page page, ToggleGroup group) {
        ToggleButton b = new ToggleButton(text, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().add("nav-button");
        b.setToggleGroup(group);
        b.setUserData(page);
        b.setOnAction(e -> {
            session.show(page);
            selectNav(group, session.pageProperty().get());
        });
        return b;
    }

    private static void selectNav(ToggleGroup group, Page page) {
        group.getToggles().forEach(t -> t.setSelected(t.getUserData() == page));
    }
}
