package io.fieldreport.it;

import io.fieldreport.sync.Phase;
import io.fieldreport.sync.SyncListener;
import io.fieldreport.sync.SyncProgress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Keeps every progress report; can act when a phase first starts (to cancel there, say). */
final class RecordingListener implements SyncListener {

    private final List<SyncProgress> seen = new ArrayList<>();
    private final Phase trigger;
    private final Consumer<SyncProgress> action;
    private boolean fired;

    RecordingListener() {
        this(null, p -> { });
    }

    RecordingListener(Phase trigger, Consumer<SyncProgress> action) {
        this.trigger = trigger;
        this.action = action;
    }

    @Override
    public void progress(SyncProgress p) {
        synchronized (this) {
            seen.add(p);
        }
        boolean fire;
        synchronized (this) {
            fire = !fired && p.phase() == trigger;
            fired |= fire;
        }
        if (fire) {
            action.accept(p);
        }
    }

    synchronized List<SyncProgress> seen() {
        return List.copyOf(seen);
    }

    synchronized boolean saw(Phase phase) {
        return seen.stream().anyMatch(p -> p.phase() == phase);
    }

    synchronized boolean fired() {
        return fired;
    }
}
