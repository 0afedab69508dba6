package io.fieldreport.sync;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Syncs on its own: every {@link ClientSettings#autoSyncMinutes()} minutes unless the inspector works
 * offline, and soon after the web is reachable again following an outage, whichever operation found
 * the outage (its own run, or a manual Save or Sync: it listens to every operation of the client).
 * It only runs when no other operation does, so an automatic and a manual sync never overlap, and a
 * manual one is never refused.
 */
public final class AutoSync implements AutoCloseable {

    /** What happened to an automatic run, for the status bar and the notifications. */
    public sealed interface Outcome permits Outcome.Succeeded, Outcome.Failed {
        record Succeeded(SyncResult result) implements Outcome {
        }

        record Failed(SyncException error) implements Outcome {
        }
    }

    private static final System.Logger LOG = System.getLogger(AutoSync.class.getName());

    private final SyncClient client;
    private final Clock wall;
    private final SyncListener listener;
    private final Consumer<Outcome> outcomes;
    private final Duration tick;
    private final ScheduledExecutorService timer;
    private volatile CancelToken running;
    private final SyncClient.Subscription listening;
    private ScheduledFuture<?> ticking;
    private long lastRunMillis;
    private boolean outage;

    /**
     * @param tick how often to check whether a run is due, and to probe the web during an outage
     *             (production: 15 s)
     */
    public AutoSync(SyncClient client, Clock wall, Duration tick, SyncListener listener, Consumer<Outcome> outcomes) {
        this.client = client;
        this.wall = wall;
        this.tick = tick;
        this.listener = listener;
        this.outcomes = outcomes;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fieldreport-auto-sync");
            t.setDaemon(true);
            return t;
        });
        this.listening = client.onReachability(new SyncClient.ReachabilityListener() {
            @Override
            public void webUnreachable(WebUnreachableException e) {
                synchronized (AutoSync.this) {
                    outage = true; // probed at the next tick, and synced as soon as the web answers
                }
            }

            @Override
            public void webReached() {
                synchronized (AutoSync.this) {
                    outage = false;
                }
            }
        });
    }

    public synchronized void start() {
        if (ticking == null) {
            lastRunMillis = wall.millis();
            ticking = timer.scheduleWithFixedDelay(this::tick, tick.toMillis(), tick.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Whether the last operation, automatic or manual, found the web unreachable (and no operation
     * has reached it since).
     */
    public synchronized boolean inOutage() {
        return outage;
    }

    /**
     * Cancels the automatic run in progress, if any (the app's Cancel button covers automatic runs
     * too); the timer keeps ticking and the next run comes when it is due.
     */
    public void cancelRun() {
        CancelToken token = running;
        if (token != null) {
            token.cancel();
        }
    }

    void tick() {
        try {
            ClientSettings settings = client.settings();
            if (settings.workOffline() || settings.autoSyncMinutes() == 0 || client.account().isEmpty()) {
                return;
            }
            boolean due;
            synchronized (this) {
                if (outage) {
                    due = client.webReachable();
                } else {
                    due = wall.millis() - lastRunMillis >= settings.autoSyncMinutes() * 60_000L;
                }
            }
            if (due) {
                runOnce();
            }
        } catch (RuntimeException e) {
            // The timer must keep ticking: one bad run is logged, not fatal.
            LOG.log(System.Logger.Level.WARNING, "automatic sync failed unexpectedly", e);
        }
    }

    private void runOnce() {
        CancelToken token = new CancelToken();
        running = token;
        try {
            var result = client.syncIfIdle(listener, token);
            if (result.isEmpty()) {
                return; // a manual operation is running; try again at the next tick
            }
            synchronized (this) {
                outage = false;
                lastRunMillis = wall.millis();
            }
            outcomes.accept(new Outcome.Succeeded(result.get()));
        } catch (SyncException e) {
            synchronized (this) {
                outage = e instanceof WebUnreachableException;
                lastRunMillis = wall.millis();
            }
            if (!(e instanceof SyncCancelledException)) {
                outcomes.accept(new Outcome.Failed(e));
            }
        } finally {
            running = null;
        }
    }

    @Override
    public void close() {
        CancelToken token = running;
        if (token != null) {
            token.cancel();
        }
        timer.shutdownNow();
        listening.close();
    }
}
