package io.fieldreport.desktop.notify;

import io.fieldreport.desktop.background.TaskRunner;
import io.fieldreport.sync.Conflict;
import io.fieldreport.sync.SyncClient;
import io.fieldreport.sync.SyncResult;
import io.fieldreport.sync.VerifyReport;
import io.fieldreport.sync.protocol.ItemRecord;
import io.fieldreport.sync.protocol.SectionRecord;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The notifications view model: what is listed until the inspector deals with it (problems and
 * conflicts), and a stream of new notices for the pop-up toasts. Conflicts live in sync-client's
 * history; this list mirrors them after every refresh, so a conflict decided elsewhere (the command
 * line) leaves the list too.
 */
public final class NotificationCenter {

    private static final System.Logger LOG = System.getLogger(NotificationCenter.class.getName());

    private final SyncClient client;
    private final TaskRunner runner;
    private final Clock clock;
    private final ObservableList<Notice> listed = FXCollections.observableArrayList();
    private final ObservableList<Notice> listedView = FXCollections.unmodifiableObservableList(listed);
    private final List<Consumer<Notice>> newNoticeListeners = new ArrayList<>();
    private final List<Runnable> decidedListeners = new ArrayList<>();
    private long nextProblemId = 1;

    public NotificationCenter(SyncClient client, TaskRunner runner, Clock clock) {
        this.client = client;
        this.runner = runner;
        this.clock = clock;
    }

    /** What stays listed: problems and conflicts, oldest first. */
    public ObservableList<Notice> listed() {
        return listedView;
    }

    /** Called on the UI thread for every new notice, to pop it up. */
    public void onNewNotice(Consumer<Notice> listener) {
        newNoticeListeners.add(listener);
    }

    /** Called after a conflict was decided, so the editor and the counts show the outcome. */
    public void onConflictDecided(Runnable listener) {
        decidedListeners.add(listener);
    }

    public void completed(SyncResult result) {
        announce(new Notice.Completed(result.operation().label() + " completed", result.summary()));
        if (result.rejected() > 0) {
            problem("The web refused " + result.rejected() + (result.rejected() == 1 ? " change" : " changes"),
                    "The web will not take " + (result.rejected() == 1 ? "this change" : "these changes")
                            + " (for example, the report was published). The rest was sent.",
                    "Your text and photos stay on this laptop. See the list on the Syncing Status page.",
                    result.summary());
        }
        for (String problem : result.problems()) {
            problem(result.operation().label() + " could not send everything",
                    "The web did not take the work of one inspection (for example, you are no longer assigned to"
                            + " it). Everything else was sent.",
                    "That work stays on this laptop. Ask the office to check your assignment, then Save again.",
                    problem);
        }
    }

    /** A Verify's answer: good news briefly, differences as a problem to look at. */
    public void verified(VerifyReport report) {
        if (report.matched()) {
            announce(new Notice.Completed("Verify completed", "The web has everything this laptop has ("
                    + report.laptopComments() + " comments, " + report.laptopPhotos() + " photos)."));
        } else {
            problem("Verify found " + report.differences().size() + " differences",
                    "The web and this laptop do not hold the same report yet.",
                    "Run Sync. If the differences stay, use More options › Force Sync All Data.",
                    report.differences().stream().limit(20).map(d -> d.kind() + " " + d.id() + ": "
                            + d.problem().words()).collect(Collectors.joining("\n")));
        }
    }

    /** Lists a failure in plain words until acknowledged; the same failure twice is listed once. */
    public void failed(String doing, Throwable error) {
        PlainWords.Explanation words = PlainWords.explain(doing, error);
        problem(words.headline(), words.message(), words.nextStep(), words.details());
    }

    private void problem(String headline, String message, String nextStep, String details) {
        boolean alreadyListed = listed.stream().anyMatch(n -> n instanceof Notice.Problem p
                && p.headline().equals(headline) && p.message().equals(message));
        if (alreadyListed) {
            return;
        }
        Notice.Problem p = new Notice.Problem(nextProblemId++, headline, message, nextStep, details, clock.instant());
        listed.add(p);
        announce(p);
    }

    public void acknowledge(Notice.Problem problem) {
        listed.remove(problem);
    }

    /** Reads the open conflicts again (in the background). */
    public void refresh() {
        runner.run("reading conflicts", this::readOpen, this::mirror,
                e -> LOG.log(System.Logger.Level.WARNING, "could not read conflicts", e));
    }

    private List<Notice.ConflictNotice> readOpen() {
        Map<UUID, Map<String, String>> places = new HashMap<>();
        List<Notice.ConflictNotice> conflicts = new ArrayList<>();
        for (Conflict c : client.conflicts(null)) {
            conflicts.add(new Notice.ConflictNotice(c, place(places, c.inspectionId(), c.itemId())));
        }
        return conflicts;
    }

    private String place(Map<UUID, Map<String, String>> cache, UUID inspectionId, String itemId) {
        Map<String, String> titles = cache.computeIfAbsent(inspectionId, id -> {
            Map<String, String> m = new HashMap<>();
            for (SectionRecord s : client.sections(id)) {
                for (ItemRecord i : s.items()) {
                    m.put(i.id(), s.title() + " › " + i.title());
                }
            }
            return m;
        });
        return itemId == null ? "a removed comment" : titles.getOrDefault(itemId, itemId);
    }

    private void mirror(List<Notice.ConflictNotice> open) {
        Set<Long> ids = new HashSet<>();
        open.forEach(c -> ids.add(c.conflict().id()));
        listed.removeIf(n -> n instanceof Notice.ConflictNotice c && !ids.contains(c.conflict().id()));
        for (Notice.ConflictNotice c : open) {
            boolean known = listed.stream().anyMatch(n -> n instanceof Notice.ConflictNotice k
                    && k.conflict().id() == c.conflict().id());
            if (!known) {
                listed.add(c);
                announce(c);
            }
        }
    }

    /** "Keep mine": my version becomes a new edit, which wins on the web at the next Save or Sync. */
    public void keepMine(Notice.ConflictNotice notice) {
        decide(notice, () -> client.keepMine(notice.conflict().id()));
    }

    /** "Use theirs": the newer version stays; mine stays in the history. */
    public void useTheirs(Notice.ConflictNotice notice) {
        decide(notice, () -> client.dismissConflict(notice.conflict().id()));
    }

    private void decide(Notice.ConflictNotice notice, Runnable decision) {
        listed.remove(notice);
        runner.run("deciding a conflict", () -> {
            decision.run();
            return null;
        }, ignored -> decidedListeners.forEach(Runnable::run), e -> {
            failed("deciding a conflict", e);
            refresh();
        });
    }

    private void announce(Notice notice) {
        newNoticeListeners.forEach(l -> l.accept(notice));
    }
}
