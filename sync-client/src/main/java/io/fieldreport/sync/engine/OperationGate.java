package io.fieldreport.sync.engine;

import io.fieldreport.sync.Phase;
import io.fieldreport.sync.SyncCancelledException;
import io.fieldreport.sync.SyncException;
import io.fieldreport.sync.transport.Cancellation;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One operation at a time per profile: in this process (auto-sync and a manual Sync never overlap)
 * and across processes (the desktop app and the command line on the same profile), through a file
 * lock that the operating system frees if the process dies.
 */
final class OperationGate {

    /** Held while an operation runs; closing lets the next one in. */
    interface Pass extends AutoCloseable {
        @Override
        void close();
    }

    private static final long POLL_MILLIS = 200;

    private final ReentrantLock local = new ReentrantLock();
    private final Path lockFile;
    private final Pause pause;

    OperationGate(Path lockFile, Pause pause) {
        this.lockFile = lockFile;
        this.pause = pause;
    }

    /** Waits (cancellably) until no other operation runs on this profile. */
    Pass enter(Progress progress, Cancellation cancel) throws SyncException {
        boolean told = false;
        while (true) {
            Pass pass = tryEnter();
            if (pass != null) {
                return pass;
            }
            if (cancel.isCancelled()) {
                throw new SyncCancelledException();
            }
            if (!told) {
                progress.phase(Phase.WAITING_FOR_LAPTOP, -1, 0);
                told = true;
            }
            pause.pause(POLL_MILLIS, cancel);
        }
    }

    /** Enters only if nothing else runs (auto-sync uses this: it never waits behind a manual sync). */
    Pass tryEnter() throws SyncException {
        if (!local.tryLock()) {
            return null;
        }
        try {
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                local.unlock();
                return null;
            }
            FileLock held = lock;
            return () -> {
                try {
                    held.release();
                    channel.close();
                } catch (IOException ignored) {
                    // Closing the channel frees the lock in any case.
                } finally {
                    local.unlock();
                }
            };
        } catch (IOException e) {
            local.unlock();
            throw new SyncException("Cannot take this profile's sync lock file " + lockFile + ": " + e.getMessage(), e);
        }
    }

    boolean isBusy() {
        return local.isLocked();
    }
}
