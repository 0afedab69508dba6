package io.fieldreport.sync;

import io.fieldreport.sync.engine.ClockSync;
import io.fieldreport.sync.engine.SyncEngine;
import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.sync.protocol.InspectionRecord;
import io.fieldreport.sync.protocol.PhotoRecord;
import io.fieldreport.sync.protocol.Rating;
import io.fieldreport.sync.protocol.SectionRecord;
import io.fieldreport.sync.protocol.WireCodec;
import io.fieldreport.sync.store.CommentEdit;
import io.fieldreport.sync.store.FieldValues;
import io.fieldreport.sync.store.History;
import io.fieldreport.sync.store.HistoryEntry;
import io.fieldreport.sync.store.InspectionStore;
import io.fieldreport.sync.store.LocalEdits;
import io.fieldreport.sync.store.LocalManifest;
import io.fieldreport.sync.store.Outbox;
import io.fieldreport.sync.store.PhotoQueue;
import io.fieldreport.sync.store.Profile;
import io.fieldreport.sync.store.RejectedChange;
import io.fieldreport.sync.store.RejectedChanges;
import io.fieldreport.sync.store.RemoteApply;
import io.fieldreport.sync.store.ReportReader;
import io.fieldreport.sync.store.ResendAll;
import io.fieldreport.sync.store.SyncStateStore;
import io.fieldreport.sync.transport.OkHttpWebApi;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The laptop side of FieldReport, for the desktop app and the command line: one profile, its
 * inspections, the inspector's edits, and Save, Sync, Force Sync All Data and Verify against the web.
 * Every method blocks and is safe to call from any thread; long operations report progress through
 * a {@link SyncListener} and stop on their {@link CancelToken}. Nothing here touches a UI.
 */
public final class SyncClient implements AutoCloseable {

    /** How a client is built; tests shorten the engine's waits and pass their own clock. */
    public record Options(Clock wall, SyncEngine.Settings engine) {
        public static final Options DEFAULT = new Options(Clock.systemUTC(), SyncEngine.Settings.DEFAULT);
    }

    private final Profile profile;
    private final Options options;
    private final WireCodec codec = new WireCodec();
    private final InspectionStore inspections;
    private final ReportReader report;
    private final Outbox outbox;
    private final LocalEdits edits;
    private final PhotoQueue photos;
    private final SyncStateStore state;
    private final History history;
    private final RejectedChanges rejected;
    private final RemoteApply apply;
    private final LocalManifest manifest;
    private final FieldValues values;
    private final SettingsStore settings;
    private final Accounts accounts;
    private final io.fieldreport.sync.photo.PhotoReducer reducer = new io.fieldreport.sync.photo.PhotoReducer();
    private final ScheduledExecutorService scheduler;
    /** Threads for photos moved side by side; idle ones end after a minute. */
    private final ExecutorService transfers;
    private final List<ReachabilityListener> reachability = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile SyncEngine engine;

    private SyncClient(Profile profile, Options options) {
        this.profile = profile;
        this.options = options;
        var db = profile.db();
        this.inspections = new InspectionStore(db);
        this.report = new ReportReader(db);
        this.outbox = new Outbox(db, codec, options.wall());
        this.photos = new PhotoQueue(db);
        this.edits = new LocalEdits(db, profile.clock(), outbox, profile.photos());
        this.state = new SyncStateStore(db);
        this.history = new History(db, codec);
        this.rejected = new RejectedChanges(db, codec);
        this.apply = new RemoteApply(db, profile.clock(), history, outbox, rejected, options.wall());
        this.manifest = new LocalManifest(db, profile.photos());
        this.values = new FieldValues(codec);
        this.settings = new SettingsStore(profile.settings());
        this.accounts = new Accounts(profile, codec, options.wall(), new ClockSync(profile.clock(), profile.settings()));
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fieldreport-sync-lock");
            t.setDaemon(true);
            return t;
        });
        this.transfers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fieldreport-photo-transfer");
            t.setDaemon(true);
            return t;
        });
    }

    /** Opens (creating if needed) the profile folder {@code dir}. */
    public static SyncClient open(Path dir, Options options) {
        return new SyncClient(Profile.open(dir, options.wall()), options);
    }

    public Path profileDir() {
        return profile.dir();
    }

    public String deviceId() {
        return profile.deviceId();
    }

    // ---- account ---------------------------------------------------------------------------

    public Optional<Account> account() {
        return accounts.current();
    }

    /**
     * Checks the token with the web and signs in. Signing in as someone else while another
     * inspector's work is still on this laptop is refused: sign out first.
     */
    public Account signIn(String serverUrl, String token) throws SyncException {
        var previous = accounts.current();
        if (previous.isPresent() && hasLocalData()) {
            // Checked before asking the web, and again after, with the name the web gives.
            Account next = accounts.check(serverUrl, token);
            if (!next.userId().equals(previous.get().userId()) || !next.serverUrl().equals(previous.get().serverUrl())) {
                throw new SyncException(previous.get().name() + "'s inspections are on this laptop. Sign out first"
                        + " (after a Save or Sync), then sign in as " + next.name() + ".");
            }
        }
        Account account = accounts.signIn(serverUrl, token);
        engine = null;
        return account;
    }

    /**
     * Signs out and removes this inspector's inspections from the laptop, so the next inspector does
     * not send them under their own name. Refused while work is not on the web (changes, photo
     * bytes, originals kept back while reduced copies were sent, changes the web refused that are
     * still listed), unless {@code acceptLosingUnsentWork}.
     */
    public void signOut(boolean acceptLosingUnsentWork) throws UnsyncedWorkException {
        UnsyncedWorkException[] refused = {null};
        // Counted inside the wipe's transaction: nothing can be queued between the count and the wipe.
        boolean wiped = accounts.signOut(() -> {
            int changes = outbox.count(null);
            int keptOriginals = edits.unsentOriginalCount();
            int unsentPhotos = photos.toUpload(null).size() + keptOriginals;
            int refusedByWeb = rejected.countListed();
            if ((changes > 0 || unsentPhotos > 0 || refusedByWeb > 0) && !acceptLosingUnsentWork) {
                refused[0] = new UnsyncedWorkException(changes, unsentPhotos, keptOriginals, refusedByWeb);
                return false;
            }
            return true;
        });
        if (!wiped) {
            throw refused[0];
        }
        engine = null;
    }

    private boolean hasLocalData() {
        return !inspections.list().isEmpty();
    }

    // ---- inspections ----------------------------------------------------------------------------

    /** The inspections on this laptop, with what only this laptop has yet. */
    public List<InspectionSummary> localInspections() {
        Map<UUID, Integer> pending = new java.util.HashMap<>();
        outbox.inspectionsWithPending().forEach(id -> pending.put(id, outbox.count(id)));
        return inspections.list().stream()
                .map(i -> new InspectionSummary(i, true, false, pending.getOrDefault(i.id(), 0),
                        history.openConflicts(i.id()).size()))
                .toList();
    }

    /** The inspections assigned on the web, merged with those on the laptop. Needs the web. */
    public List<InspectionSummary> allInspections() throws SyncException {
        List<InspectionRecord> remote = accounts.fetchInspections();
        Map<UUID, InspectionSummary> out = new java.util.LinkedHashMap<>();
        for (InspectionRecord r : remote) {
            out.put(r.id(), new InspectionSummary(r, false, true, 0, 0));
        }
        for (InspectionSummary local : localInspections()) {
            InspectionSummary web = out.get(local.inspection().id());
            out.put(local.inspection().id(), new InspectionSummary(web != null ? web.inspection() : local.inspection(),
                    true, web != null, local.changesNotOnWeb(), local.openConflicts()));
        }
        return List.copyOf(out.values());
    }

    public Optional<InspectionRecord> inspection(UUID id) {
        return inspections.find(id);
    }

    /**
     * Whether this laptop has downloaded the inspection whole. A first download cut short (cancelled,
     * the signal gone) is not: opening the inspection again resumes it where it stopped.
     */
    public boolean isDownloaded(UUID id) {
        return inspections.find(id).isPresent() && state.get(id).downloadComplete();
    }

    /**
     * Opens an inspection: the first time, downloads it whole (its initial sync), with progress.
     * Remembers it as the open inspection, which Sync pulls.
     */
    public Optional<SyncResult> open(UUID inspectionId, SyncListener listener, CancelToken cancel) throws SyncException {
        Optional<SyncResult> result = Optional.empty();
        if (!isDownloaded(inspectionId)) {
            result = Optional.of(watched(() -> engine().download(inspectionId, listener, cancel)));
        }
        settings.setOpenInspection(inspectionId);
        return result;
    }

    public Optional<UUID> openInspection() {
        return settings.openInspection().filter(id -> inspections.find(id).isPresent());
    }

    public List<SectionRecord> sections(UUID inspectionId) {
        return inspections.sections(inspectionId);
    }

    /** Per item of the inspection: live comments and the most serious rating. */
    public Map<String, ItemSummary> itemSummaries(UUID inspectionId) {
        Map<String, ItemSummary> out = new java.util.HashMap<>();
        for (CommentRecord c : report.comments(inspectionId)) {
            if (c.deleted().value()) {
                continue;
            }
            ItemSummary s = out.getOrDefault(c.itemId(), new ItemSummary(c.itemId(), 0, null));
            Rating r = c.rating().value();
            Rating worst = s.worstRating() == null || (r != null && r.ordinal() > s.worstRating().ordinal())
                    ? (r != null ? r : s.worstRating()) : s.worstRating();
            out.put(c.itemId(), new ItemSummary(c.itemId(), s.comments() + 1, worst));
        }
        return out;
    }

    // ---- reading ---------------------------------------------------------------------------------

    /** The item's comments, oldest first; deleted ones only with {@code includeDeleted}. */
    public List<CommentRecord> comments(UUID inspectionId, String itemId, boolean includeDeleted) {
        return report.comments(inspectionId, itemId).stream()
                .filter(c -> includeDeleted || !c.deleted().value()).toList();
    }

    public List<CommentRecord> allComments(UUID inspectionId) {
        return report.comments(inspectionId);
    }

    public Optional<CommentRecord> comment(UUID id) {
        return report.comment(id);
    }

    public List<PhotoRecord> photos(UUID inspectionId, UUID commentId, boolean includeDeleted) {
        return report.photos(inspectionId, commentId).stream()
                .filter(p -> includeDeleted || !p.deleted().value()).toList();
    }

    public Optional<PhotoRecord> photo(UUID id) {
        return report.photo(id);
    }

    /** The photo's file on this laptop, if its bytes are here. */
    public Optional<Path> photoFile(PhotoRecord photo) {
        String sha = photo.content().value().sha256();
        return profile.photos().contains(sha) ? Optional.of(profile.photos().path(sha)) : Optional.empty();
    }

    /** Every version of a comment or photo that lost to a newer edit, oldest first. */
    public List<HistoryEntry> history(UUID entityId) {
        return history.forEntity(entityId);
    }

    public FieldValues fieldValues() {
        return values;
    }

    // ---- editing ---------------------------------------------------------------------------------

    public CommentRecord addComment(UUID inspectionId, String itemId, String text, Rating rating) {
        return edits.addComment(inspectionId, itemId, text, rating);
    }

    public CommentRecord editComment(UUID commentId, CommentEdit edit) {
        return edits.editComment(commentId, edit);
    }

    public CommentRecord deleteComment(UUID commentId) {
        return edits.deleteComment(commentId);
    }

    /**
     * Attaches a photo. With a reduced photo quality setting, a smaller copy is what gets sent and the
     * original stays on this laptop until the setting returns to original.
     */
    public PhotoRecord addPhoto(UUID commentId, Path file, String caption) throws IOException {
        PhotoQuality quality = settings.load().photoQuality();
        if (!quality.isOriginal()) {
            Path temp = profile.dir().resolve("tmp");
            Optional<Path> reduced = reducer.reduce(file, quality.longEdge(), temp);
            if (reduced.isPresent()) {
                try {
                    return edits.addReducedPhoto(commentId, file, reduced.get(), caption);
                } finally {
                    java.nio.file.Files.deleteIfExists(reduced.get());
                }
            }
        }
        return edits.addPhoto(commentId, file, caption);
    }

    public PhotoRecord editCaption(UUID photoId, String caption) {
        return edits.editCaption(photoId, caption);
    }

    public PhotoRecord deletePhoto(UUID photoId) {
        return edits.deletePhoto(photoId);
    }

    // ---- operations ------------------------------------------------------------------------------

    public SyncResult save(SyncListener listener, CancelToken cancel) throws SyncException {
        return watched(() -> engine().save(listener, cancel));
    }

    public SyncResult sync(UUID inspectionId, SyncListener listener, CancelToken cancel) throws SyncException {
        return watched(() -> engine().sync(inspectionId, listener, cancel, settings.load().lockWaitSeconds() * 1000L));
    }

    public SyncResult forceSync(UUID inspectionId, SyncListener listener, CancelToken cancel) throws SyncException {
        return watched(() -> engine().forceSync(inspectionId, listener, cancel,
                settings.load().lockWaitSeconds() * 1000L));
    }

    public VerifyReport verify(UUID inspectionId, SyncListener listener, CancelToken cancel) throws SyncException {
        return watched(() -> engine().verify(inspectionId, listener, cancel));
    }

    /** What auto-sync runs: a Sync of the open inspection (a Save if none is open), only if idle. */
    public Optional<SyncResult> syncIfIdle(SyncListener listener, CancelToken cancel) throws SyncException {
        return Optional.ofNullable(watched(() -> engine().syncIfIdle(openInspection().orElse(null), listener, cancel,
                settings.load().lockWaitSeconds() * 1000L)));
    }

    /** Told whenever an operation found the web unreachable, or reached it (auto-sync listens). */
    public interface ReachabilityListener {
        void webUnreachable(WebUnreachableException e);

        void webReached();
    }

    /** A listener's registration; closing it removes the listener. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    /** Adds a listener for what every operation learns about the web. */
    public Subscription onReachability(ReachabilityListener listener) {
        reachability.add(listener);
        return () -> reachability.remove(listener);
    }

    @FunctionalInterface
    private interface EngineCall<T> {
        T run() throws SyncException;
    }

    /** Runs an operation and tells the reachability listeners what it learnt about the web. */
    private <T> T watched(EngineCall<T> call) throws SyncException {
        T result;
        try {
            result = call.run();
        } catch (WebUnreachableException e) {
            reachability.forEach(l -> l.webUnreachable(e));
            throw e;
        }
        if (result != null) {
            reachability.forEach(ReachabilityListener::webReached);
        }
        return result;
    }

    /** Whether an operation is running on this profile in this process. */
    public boolean isBusy() {
        SyncEngine e = engine;
        return e != null && e.isBusy();
    }

    /** Asks the web whether it is reachable (no retries); false when the connection or the web fails. */
    public boolean webReachable() {
        return accounts.reachable();
    }

    // ---- status, conflicts, rejections -----------------------------------------------------------

    /**
     * The Syncing Status numbers of one inspection, or of the whole laptop with {@code null}: then
     * each time is the most recent of any inspection on the laptop, and the last verify "matched"
     * only if every inspection's latest verify did (see {@link SyncStatus}).
     */
    public SyncStatus status(UUID inspectionId) {
        var s = inspectionId == null ? laptopWide(state.all()) : state.get(inspectionId);
        int rejectedCount = (int) rejected.list(true).stream()
                .filter(r -> inspectionId == null || r.inspectionId().equals(inspectionId)).count();
        String lastError = inspectionId != null && s.lastError() != null ? s.lastError()
                : profile.settings().get(SyncEngine.LAST_ERROR).orElse(null);
        return new SyncStatus(inspectionId, outbox.count(inspectionId), photos.toUpload(inspectionId).size(),
                photos.toDownload(inspectionId).size(), s.lastSave(), s.lastSync(), s.lastForceSync(),
                s.lastVerify(), s.lastVerifyMatched(), lastError,
                history.openConflicts(inspectionId).size(), rejectedCount, profile.clock().offsetMillis());
    }

    /** The laptop's times: the latest of its inspections'; verify matched only if every one's did. */
    private static io.fieldreport.sync.store.SyncState laptopWide(List<io.fieldreport.sync.store.SyncState> all) {
        java.time.Instant save = null;
        java.time.Instant sync = null;
        java.time.Instant force = null;
        java.time.Instant verify = null;
        Boolean matched = null;
        for (var s : all) {
            save = latest(save, s.lastSave());
            sync = latest(sync, s.lastSync());
            force = latest(force, s.lastForceSync());
            verify = latest(verify, s.lastVerify());
            if (s.lastVerifyMatched() != null) {
                matched = (matched == null || matched) && s.lastVerifyMatched();
            }
        }
        return new io.fieldreport.sync.store.SyncState(null, null, save, sync, force, verify, matched, null,
                false);
    }

    private static java.time.Instant latest(java.time.Instant a, java.time.Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    public List<Conflict> conflicts(UUID inspectionId) {
        return history.openConflicts(inspectionId).stream().map(this::conflict).toList();
    }

    private Conflict conflict(HistoryEntry h) {
        String itemId = "comment".equals(h.entity())
                ? report.comment(h.entityId()).map(CommentRecord::itemId).orElse(null)
                : report.photo(h.entityId()).flatMap(p -> report.comment(p.commentId())).map(CommentRecord::itemId)
                        .orElse(null);
        return new Conflict(h.id(), h.inspectionId(), h.entity(), h.entityId(), itemId, h.field(),
                values.display(h.field(), h.valueJson()), h.stamp(), values.display(h.field(), h.winnerValueJson()),
                h.winnerAuthor(), h.winnerStamp(), java.time.Instant.ofEpochMilli(h.recordedAt()));
    }

    /** "Keep mine": makes the losing version current again as a new edit, which then wins everywhere. */
    public void keepMine(long conflictId) {
        HistoryEntry h = openConflict(conflictId);
        edits.restore(h.entity(), h.entityId(), h.field(), values.decode(h.field(), h.valueJson()));
        history.resolve(conflictId, HistoryEntry.Conflict.KEPT);
    }

    /** "Use theirs": the newer version stays; mine stays in the history. */
    public void dismissConflict(long conflictId) {
        openConflict(conflictId);
        history.resolve(conflictId, HistoryEntry.Conflict.DISMISSED);
    }

    private HistoryEntry openConflict(long id) {
        HistoryEntry h = history.find(id).orElseThrow(() -> new IllegalArgumentException("There is no conflict " + id + "."));
        if (h.conflict() != HistoryEntry.Conflict.OPEN) {
            throw new IllegalArgumentException("Conflict " + id + " was already resolved (" + h.conflict().name().toLowerCase(java.util.Locale.ROOT) + ").");
        }
        return h;
    }

    public List<RejectedChange> rejectedChanges(boolean unacknowledgedOnly) {
        return rejected.list(unacknowledgedOnly);
    }

    public void acknowledgeRejected(UUID changeId) {
        rejected.acknowledge(changeId);
    }

    // ---- settings --------------------------------------------------------------------------------

    public ClientSettings settings() {
        return settings.load();
    }

    /** Saves the settings; returning photo quality to original queues the kept originals to send. */
    public void saveSettings(ClientSettings s) {
        settings.save(s);
        if (s.photoQuality().isOriginal()) {
            for (UUID photo : edits.photosWithUnsentOriginals()) {
                try {
                    edits.sendOriginal(photo);
                } catch (io.fieldreport.sync.store.EditRejectedException e) {
                    // A published report takes no more edits; its reduced photos stay as they are.
                }
            }
        }
    }

    private SyncEngine engine() throws NotSignedInException {
        SyncEngine e = engine;
        if (e == null) {
            synchronized (this) {
                if (engine == null) {
                    var api = accounts.api().orElseThrow(NotSignedInException::new);
                    var db = profile.db();
                    engine = new SyncEngine(new SyncEngine.Parts(api, outbox, photos, inspections, state,
                            new ResendAll(db, outbox, photos), apply, rejected, manifest, profile.photos(),
                            profile.settings(),
                            profile.dir().resolve("sync.lock"), scheduler, transfers, options.wall(),
                            profile.deviceId()),
                            options.engine());
                }
                e = engine;
            }
        }
        return e;
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        transfers.shutdownNow();
        accounts.close();
        profile.close();
    }
}
