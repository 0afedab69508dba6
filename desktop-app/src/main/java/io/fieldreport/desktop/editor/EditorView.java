package io.fieldreport.desktop.editor;

import atlantafx.base.controls.ToggleSwitch;
import io.fieldreport.desktop.Confirm;
import io.fieldreport.desktop.BuiltPage;
import io.fieldreport.desktop.Shortcuts;
import io.fieldreport.desktop.TimeWords;
import io.fieldreport.desktop.syncstatus.SyncActivity;
import io.fieldreport.sync.protocol.InspectionRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The editor screen: the toolbar (Save, Sync, More options, Work offline), the report outline on
 * the left and the selected item's comments on the right.
 */
public final class EditorView extends BuiltPage {

    /** What Force Sync's confirmation says: when it is the right button, and what it costs. */
    public static final String FORCE_SYNC_EXPLANATION = "Force Sync All Data sends every comment and photo on this"
            + " laptop to the web again, as if never sent, then downloads this inspection afresh and checks that"
            + " the web has everything.\n\nUse it when a poor signal may have left the web with only part of your"
            + " work, for example photos missing on the web after a Save, because Save and Sync only send what"
            + " they think is new. It takes longer and moves more data than Sync: use Wi-Fi if you can.\n\n"
            + "Nothing newer is overwritten: the latest edit of each comment still wins.";

    private final EditorViewModel vm;
    private final SyncActivity activity;
    private final BooleanProperty workOffline;
    private final ThumbnailCache thumbnails;
    private final PhotoPicker picker;
    private final Map<CommentViewModel, CommentCard> cards = new HashMap<>();
    private final VBox commentsBox = new VBox();
    private TreeView<OutlineEntry> outline;

    public EditorView(EditorViewModel vm, SyncActivity activity, BooleanProperty workOffline,
                      ThumbnailCache thumbnails, PhotoPicker picker) {
        this.vm = vm;
        this.activity = activity;
        this.workOffline = workOffline;
        this.thumbnails = thumbnails;
        this.picker = picker;
    }

    @Override
    public void focusFirst() {
        outline.requestFocus();
    }

    @Override
    protected Node create() {
        BorderPane page = new BorderPane();
        page.setId("editorPage");
        page.getStyleClass().add("page");
        page.setTop(toolbar());
        SplitPane split = new SplitPane(outlinePane(), itemPane());
        // Wide enough at 1280 px for the template's longest item titles ("Skylights, chimneys and roof
        // penetrations"); narrower windows end them in an ellipsis, with the whole title in the tooltip.
        split.setDividerPositions(0.33);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        page.setCenter(split);
        return page;
    }

    // ---- toolbar ---------------------------------------------------------------------------------

    private Node toolbar() {
        Button save = new Button("Save", new FontIcon(Material2MZ.SAVE));
        save.setId("saveButton");
        save.getStyleClass().add("accent");
        save.setTooltip(new Tooltip("Send your changes to the web (" + Shortcuts.SAVE.getDisplayText() + ")"));
        save.disableProperty().bind(activity.canStartProperty().not());
        save.setOnAction(e -> activity.save());

        Button sync = new Button("Sync", new FontIcon(Material2MZ.SYNC));
        sync.setId("syncButton");
        sync.setTooltip(new Tooltip("Send your changes and receive everyone else's ("
                + Shortcuts.SYNC.getDisplayText() + ")"));
        sync.disableProperty().bind(activity.canSyncProperty().not());
        sync.setOnAction(e -> activity.sync());

        MenuItem force = new MenuItem("Force Sync All Data…", new FontIcon(Material2AL.CLOUD_UPLOAD));
        force.setId("forceSyncItem");
        force.disableProperty().bind(activity.canSyncProperty().not());
        force.setOnAction(e -> confirmForceSync());
        MenuItem verify = new MenuItem("Verify with the web", new FontIcon(Material2MZ.VERIFIED));
        verify.setId("verifyItem");
        verify.disableProperty().bind(activity.canSyncProperty().not());
        verify.setOnAction(e -> activity.verify());
        MenuButton more = new MenuButton("More options", new FontIcon(Material2MZ.MORE_VERT), force, verify);
        more.setId("moreOptionsButton");

        ToggleSwitch offline = new ToggleSwitch("Work offline");
        offline.setId("workOfflineToggle");
        offline.selectedProperty().bindBidirectional(workOffline);
        offline.setTooltip(new Tooltip("No automatic syncs; Save and Sync still work when you press them"));

        Label heading = new Label();
        heading.setId("inspectionHeading");
        heading.getStyleClass().add("inspection-heading");
        heading.textProperty().bind(Bindings.createStringBinding(() -> vm.inspectionProperty().get() == null ? ""
                : vm.inspectionProperty().get().address(), vm.inspectionProperty()));
        heading.setMinWidth(0);
        Label details = new Label();
        details.setId("inspectionDetails");
        details.getStyleClass().add("muted");
        details.textProperty().bind(Bindings.createStringBinding(() -> describe(vm.inspectionProperty().get()),
                vm.inspectionProperty()));
        details.setMinWidth(0);
        VBox title = new VBox(0, heading, details);
        title.setMinWidth(0);
        HBox.setHgrow(title, Priority.ALWAYS);

        // The buttons keep their full labels; the address gives way (with an ellipsis) instead.
        for (Control c : List.of(save, sync, more, offline)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(title, save, sync, more, new Separator(Orientation.VERTICAL), offline);
        bar.getStyleClass().add("editor-toolbar");
        return bar;
    }

    private static String describe(InspectionRecord i) {
        return i == null ? "" : "Client " + i.clientName() + "  ·  " + TimeWords.date(i.scheduledDate())
                + (i.inspectors().isEmpty() ? "" : "  ·  " + String.join(", ", i.inspectors()));
    }

    /** Force Sync moves everything again: it asks first, and says when it is the right button. */
    public void confirmForceSync() {
        if (activity.canSyncProperty().get() && Confirm.ask(node().getScene().getWindow(), "forceSyncDialog",
                "Force Sync All Data?", FORCE_SYNC_EXPLANATION, "Force Sync All Data", false)) {
            activity.forceSync();
        }
    }

    // ---- outline ---------------------------------------------------------------------------------

    private Node outlinePane() {
        TreeItem<OutlineEntry> root = new TreeItem<>();
        outline = new TreeView<>(root);
        outline.setId("outline");
        outline.getStyleClass().add("outline");
        outline.setShowRoot(false);
        outline.setCellFactory(t -> new OutlineCell());
        vm.sections().addListener((ListChangeListener<OutlineEntry>) c -> rebuildOutline(root));
        outline.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            OutlineEntry entry = now == null ? null : now.getValue();
            if (entry != vm.selectedProperty().get()) {
                vm.selectedProperty().set(entry);
            }
        });
        vm.selectedProperty().addListener((obs, was, now) -> selectInTree(root, now));
        outline.setMinWidth(240);
        return outline;
    }

    private void rebuildOutline(TreeItem<OutlineEntry> root) {
        root.getChildren().clear();
        for (OutlineEntry section : vm.sections()) {
            TreeItem<OutlineEntry> s = new TreeItem<>(section);
            s.setExpanded(true);
            for (OutlineEntry item : section.items()) {
                s.getChildren().add(new TreeItem<>(item));
            }
            root.getChildren().add(s);
        }
        if (!root.getChildren().isEmpty() && vm.selectedProperty().get() == null) {
            // Start on the first item, so the inspector can type at once.
            outline.getSelectionModel().select(root.getChildren().get(0).getChildren().get(0));
        }
    }

    private void selectInTree(TreeItem<OutlineEntry> root, OutlineEntry entry) {
        if (entry == null) {
            return;
        }
        for (TreeItem<OutlineEntry> s : root.getChildren()) {
            for (TreeItem<OutlineEntry> i : s.getChildren()) {
                if (i.getValue() == entry && outline.getSelectionModel().getSelectedItem() != i) {
                    outline.getSelectionModel().select(i);
                    outline.scrollTo(outline.getRow(i));
                }
            }
        }
    }

    // ---- comments --------------------------------------------------------------------------------

    private Node itemPane() {
        Label heading = new Label();
        heading.setId("itemHeading");
        heading.getStyleClass().add("item-heading");
        heading.textProperty().bind(vm.headingProperty());
        heading.setMinWidth(0);
        Button add = new Button("Add comment", new FontIcon(Material2AL.ADD));
        add.setId("addCommentButton");
        add.getStyleClass().add("accent");
        add.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.canAddComment(),
                vm.selectedProperty(), vm.readOnlyProperty(), vm.inspectionProperty()));
        add.setOnAction(e -> vm.addComment());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(heading, spacer, add);
        header.getStyleClass().add("item-header");

        Label readOnly = new Label("The office has published this report: it can be read here but no longer changed.");
        readOnly.setId("readOnlyBanner");
        readOnly.getStyleClass().add("read-only-banner");
        readOnly.setMaxWidth(Double.MAX_VALUE);
        readOnly.visibleProperty().bind(vm.readOnlyProperty());
        readOnly.managedProperty().bind(readOnly.visibleProperty());

        commentsBox.setId("commentsBox");
        commentsBox.getStyleClass().add("comments-box");
        vm.comments().addListener((ListChangeListener<CommentViewModel>) c -> showComments());
        vm.addedProperty().addListener((obs, was, now) -> {
            CommentCard card = cards.get(now);
            if (card != null) {
                card.focusText();
            }
        });
        ScrollPane scroll = new ScrollPane(commentsBox);
        scroll.setId("commentsScroll");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("comments-scroll");

        Label empty = new Label();
        empty.setId("commentsEmpty");
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        empty.textProperty().bind(Bindings.createStringBinding(() -> {
            OutlineEntry sel = vm.selectedProperty().get();
            if (sel == null) {
                return "Choose an item of the report on the left.";
            }
            if (!sel.isItem()) {
                return "Choose an item of " + sel.title() + " on the left.";
            }
            return vm.readOnlyProperty().get() ? "No comments on this item."
                    : "No comments on this item yet. Press Add comment to write one.";
        }, vm.selectedProperty(), vm.readOnlyProperty()));
        empty.visibleProperty().bind(Bindings.isEmpty(vm.comments()));
        StackPane.setAlignment(empty, Pos.TOP_CENTER);
        StackPane body = new StackPane(scroll, empty);
        VBox.setVgrow(body, Priority.ALWAYS);

        VBox pane = new VBox(header, readOnly, body);
        pane.getStyleClass().add("item-pane");
        return pane;
    }

    private void showComments() {
        List<CommentViewModel> now = vm.comments();
        cards.keySet().retainAll(now);
        commentsBox.getChildren().setAll(now.stream().map(c -> cards.computeIfAbsent(c,
                k -> new CommentCard(k, vm, thumbnails, picker, vm.readOnlyProperty())).node()).toList());
    }
}
