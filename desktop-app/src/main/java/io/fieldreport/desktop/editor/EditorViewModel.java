package io.fieldreport.desktop.editor;

import io.fieldreport.desktop.Session;
import io.fieldreport.desktop.background.Delay;
import io.fieldreport.desktop.background.TaskRunner;
import io.fieldreport.desktop.notify.NotificationCenter;
import io.fieldreport.sync.ItemSummary;
import io.fieldreport.sync.SyncClient;
import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.sync.protocol.InspectionRecord;
import io.fieldreport.sync.protocol.InspectionStatus;
import io.fieldreport.sync.protocol.ItemRecord;
import io.fieldreport.sync.protocol.SectionRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The editor of the open inspection: the outline of sections and items with their counts and
 * rating colours, and the comments of the selected item. Everything is read and written in the
 * background; after a Sync, {@link #refresh()} brings in what others changed without touching what
 * the inspector is typing.
 */
public final class EditorViewModel {

    private final SyncClient client;
    private final TaskRunner runner;
    private final Delay delay;
    private final Duration autosavePause;
    private final NotificationCenter notices;
    private final Runnable afterWrite;

    private final ObservableList<OutlineEntry> sections = FXCollections.observableArrayList();
    private final ObservableList<OutlineEntry> sectionsView = FXCollections.unmodifiableObservableList(sections);
    private final ObjectProperty<OutlineEntry> selected = new SimpleObjectProperty<>();
    private final ObservableList<CommentViewModel> comments = FXCollections.observableArrayList();
    private final ObservableList<CommentViewModel> commentsView = FXCollections.unmodifiableObservableList(comments);
    private final ReadOnlyObjectWrapper<InspectionRecord> inspection = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<CommentViewModel> added = new ReadOnlyObjectWrapper<>();
    private final Map<String, OutlineEntry> itemsById = new HashMap<>();
    /**
     * Comments no longer on screen (the inspector chose another item) whose latest text may not be
     * stored yet: a write was under way when they left. Quitting writes them too.
     */
    private final Set<CommentViewModel> leftUnsaved = new LinkedHashSet<>();
    /** Guards against a slow read for an item the inspector has already left. */
    private long commentsGeneration;
    private EditContext ctx;

    public EditorViewModel(SyncClient client, TaskRunner runner, Delay delay, Duration autosavePause,
                           Session session, NotificationCenter notices, Runnable afterWrite) {
        this.client = client;
        this.runner = runner;
        this.delay = delay;
        this.autosavePause = autosavePause;
        this.notices = notices;
        this.afterWrite = afterWrite;
        session.openInspectionProperty().addListener((obs, was, now) -> load(now));
        comments.addListener((ListChangeListener<CommentViewModel>) change -> {
            while (change.next()) {
                change.getRemoved().stream().filter(CommentViewModel::unsaved).forEach(leftUnsaved::add);
            }
            leftUnsaved.removeIf(vm -> comments.contains(vm) || !vm.unsaved());
        });
        selected.addListener((obs, was, now) -> {
            comments.forEach(CommentViewModel::saveNow);
            heading.set(now == null ? "" : now.path());
            loadComments();
        });
    }

    // ---- what the view binds to --------------------------------------------------------------------

    public ReadOnlyObjectProperty<InspectionRecord> inspectionProperty() {
        return inspection.getReadOnlyProperty();
    }

    /** Sections, each with its items, in report order. */
    public ObservableList<OutlineEntry> sections() {
        return sectionsView;
    }

    /** The item (or section) chosen in the outline; set by the view. */
    public ObjectProperty<OutlineEntry> selectedProperty() {
        return selected;
    }

    /** The selected item's live comments, oldest first. */
    public ObservableList<CommentViewModel> comments() {
        return commentsView;
    }

    /** "Roof › Coverings". */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** A published report takes no more edits: the editor shows it read-only. */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /** The comment just added, so the view can put the cursor in it. */
    public ReadOnlyObjectProperty<CommentViewModel> addedProperty() {
        return added.getReadOnlyProperty();
    }

    public boolean canAddComment() {
        return ctx != null && selected.get() != null && selected.get().isItem() && !readOnly.get();
    }

    // ---- loading ---------------------------------------------------------------------------------

    private void load(InspectionRecord open) {
        comments.forEach(CommentViewModel::saveNow);
        comments.clear();
        sections.clear();
        itemsById.clear();
        selected.set(null);
        inspection.set(open);
        readOnly.set(open != null && open.status() == InspectionStatus.PUBLISHED);
        if (open == null) {
            ctx = null;
            return;
        }
        ctx = new EditContext(client, runner, delay, autosavePause, open.id(), notices, this::wrote);
        UUID id = open.id();
        runner.run("reading the report outline", () -> new Outline(client.sections(id), client.itemSummaries(id)),
                outline -> {
                    if (inspection.get() == null || !inspection.get().id().equals(id)) {
                        return;
                    }
                    showOutline(outline);
                }, e -> notices.failed("opening the report", e));
    }

    private record Outline(List<SectionRecord> sections, Map<String, ItemSummary> summaries) {
    }

    private void showOutline(Outline outline) {
        List<OutlineEntry> built = new ArrayList<>();
        for (SectionRecord s : outline.sections()) {
            List<OutlineEntry> items = new ArrayList<>();
            for (ItemRecord i : s.items()) {
                OutlineEntry item = OutlineEntry.item(s.id(), s.title(), i.id(), i.title());
                itemsById.put(i.id(), item);
                items.add(item);
            }
            OutlineEntry section = OutlineEntry.section(s.id(), s.title(), items);
            section.update(outline.summaries());
            built.add(section);
        }
        sections.setAll(built);
    }

    /** Selects an item by id (the view uses it after a notification names one). */
    public void select(String itemId) {
        OutlineEntry item = itemsById.get(itemId);
        if (item != null) {
            selected.set(item);
        }
    }

    private void loadComments() {
        long generation = ++commentsGeneration;
        OutlineEntry item = selected.get();
        if (ctx == null || item == null || !item.isItem()) {
            comments.clear();
            return;
        }
        EditContext c = ctx;
        runner.run("reading comments", () -> readComments(c, item.itemId()), data -> {
            if (generation == commentsGeneration) {
                merge(c, data);
            }
        }, e -> notices.failed("reading comments", e));
    }

    private static List<CommentData> readComments(EditContext c, String itemId) {
        List<CommentData> out = new ArrayList<>();
        for (CommentRecord comment : c.client().comments(c.inspectionId(), itemId, false)) {
            out.add(new CommentData(comment, c.readPhotos(comment.id())));
        }
        return out;
    }

    /** Brings the stored comments into the list: new ones added, gone ones removed, others updated in place. */
    private void merge(EditContext c, List<CommentData> stored) {
        Map<UUID, CommentData> byId = new HashMap<>();
        stored.forEach(d -> byId.put(d.comment().id(), d));
        comments.removeIf(vm -> !byId.containsKey(vm.id()));
        Map<UUID, CommentViewModel> present = new HashMap<>();
        comments.forEach(vm -> present.put(vm.id(), vm));
        List<CommentViewModel> ordered = new ArrayList<>();
        for (CommentData d : stored) {
            CommentViewModel vm = present.get(d.comment().id());
            if (vm == null) {
                vm = new CommentViewModel(d, c);
            } else {
                vm.applyStored(d);
            }
            ordered.add(vm);
        }
        ordered.sort(Comparator.comparing(vm -> vm.createdRecord().created()));
        if (!ordered.equals(comments)) {
            comments.setAll(ordered);
        }
    }

    /** Reads the outline's counts and the selected item's comments again: after a Sync, a conflict decision. */
    public void refresh() {
        InspectionRecord open = inspection.get();
        if (open == null) {
            return;
        }
        refreshCounts();
        loadComments();
    }

    private void refreshCounts() {
        InspectionRecord open = inspection.get();
        if (open == null) {
            return;
        }
        UUID id = open.id();
        runner.run("counting comments", () -> client.itemSummaries(id), summaries -> {
            if (inspection.get() != null && inspection.get().id().equals(id)) {
                sections.forEach(s -> s.update(summaries));
            }
        }, e -> notices.failed("counting comments", e));
    }

    private void wrote() {
        refreshCounts();
        afterWrite.run();
    }

    // ---- editing ---------------------------------------------------------------------------------

    /** Adds an empty comment to the selected item and hands it to the view to type in. */
    public void addComment() {
        if (!canAddComment()) {
            return;
        }
        EditContext c = ctx;
        OutlineEntry item = selected.get();
        long generation = commentsGeneration;
        runner.run("adding a comment", () -> c.client().addComment(c.inspectionId(), item.itemId(), "", null),
                record -> {
                    wrote();
                    if (generation != commentsGeneration || ctx != c) {
                        return;
                    }
                    CommentViewModel vm = new CommentViewModel(new CommentData(record, List.of()), c);
                    comments.add(vm);
                    added.set(vm);
                }, e -> notices.failed("adding a comment", e));
    }

    public void deleteComment(CommentViewModel vm) {
        EditContext c = ctx;
        if (c == null) {
            return;
        }
        comments.remove(vm);
        leftUnsaved.remove(vm);
        runner.run("deleting a comment", () -> c.client().deleteComment(vm.id()), deleted -> wrote(), e -> {
            notices.failed("deleting a comment", e);
            loadComments();
        });
    }

    /**
     * For quitting, on the FX thread: one write per comment whose text or rating may not be stored
     * yet, each bringing the store to what the inspector last saw on screen. The caller runs them on
     * a worker after the writes already under way (each waits for its comment's), before the client
     * closes; none waits for the autosave pause, which quitting cuts short.
     */
    public List<Runnable> lastWrites() {
        Set<CommentViewModel> all = new LinkedHashSet<>(leftUnsaved);
        comments.stream().filter(CommentViewModel::unsaved).forEach(all::add);
        return all.stream().map(CommentViewModel::lastWrite).toList();
    }
}
