package io.fieldreport.desktop;

import io.fieldreport.desktop.background.Drainable;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Quitting, in the order that loses no keystroke: the background work already given (an autosave
 * under way, a photo being copied) finishes; then every comment's latest text and rating is
 * written where it differs from what was stored; then the window's place is remembered; only then
 * does the client close, and after it what the app started beside it (the demo's web).
 *
 * <p>It runs on a thread of its own, not the FX thread, which has stopped by then: an autosave's
 * answer would never reach it, so the last writes do not wait for one. The thread is not a daemon,
 * so the process lives until the profile is closed.
 */
public final class Shutdown {

    /** How long quitting waits for background work; a web call cut off by the network may take this long. */
    public static final Duration DRAIN_LIMIT = Duration.ofSeconds(15);

    private static final System.Logger LOG = System.getLogger(Shutdown.class.getName());

    private final List<Drainable> workers;
    private final Duration drainLimit;

    public Shutdown(List<Drainable> workers, Duration drainLimit) {
        this.workers = List.copyOf(workers);
        this.drainLimit = drainLimit;
    }

    /**
     * Starts quitting.
     *
     * @param lastWrites     the editor's last writes, taken on the FX thread as the window closed
     * @param rememberWindow stores the window's place (file I/O)
     * @param closeAfter     closed in this order once everything is written: the client first
     * @return completes when all is written and closed
     */
    public CompletableFuture<Void> start(List<Runnable> lastWrites, Runnable rememberWindow,
                                         List<AutoCloseable> closeAfter) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                run(lastWrites, rememberWindow, closeAfter);
                done.complete(null);
            } catch (RuntimeException | Error e) {
                done.completeExceptionally(e);
                throw e;
            }
        }, "fieldreport-quit");
        t.setDaemon(false);
        t.start();
        return done;
    }

    private void run(List<Runnable> lastWrites, Runnable rememberWindow, List<AutoCloseable> closeAfter) {
        for (Drainable w : workers) {
            try {
                if (!w.drain(drainLimit)) {
                    LOG.log(System.Logger.Level.WARNING, "background work still running after " + drainLimit
                            + "; writing the last edits anyway");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (Runnable write : lastWrites) {
            try {
                write.run();
            } catch (RuntimeException e) {
                // One comment the store refuses (deleted meanwhile) must not keep the others from being written.
                LOG.log(System.Logger.Level.WARNING, "could not store a comment's last edit while quitting", e);
            }
        }
        rememberWindow.run();
        for (AutoCloseable c : closeAfter) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "could not stop " + c, e);
            }
        }
    }
}
