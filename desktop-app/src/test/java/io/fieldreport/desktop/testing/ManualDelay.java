package io.fieldreport.desktop.testing;

import io.fieldreport.desktop.background.Delay;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A {@link Delay} whose pauses end when the test says so. */
public final class ManualDelay implements Delay {

    private final List<Scheduled> scheduled = new ArrayList<>();

    private static final class Scheduled implements Pending {
        final Duration pause;
        final Runnable action;
        boolean cancelled;

        Scheduled(Duration pause, Runnable action) {
            this.pause = pause;
            this.action = action;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    @Override
    public Pending after(Duration pause, Runnable actionOnUi) {
        Scheduled s = new Scheduled(pause, actionOnUi);
        scheduled.add(s);
        return s;
    }

    /** How many actions wait for their pause to end. */
    public int pending() {
        return (int) scheduled.stream().filter(s -> !s.cancelled).count();
    }

    /** Ends every pause now: the actions still wanted run, in the order they were scheduled. */
    public void elapse() {
        List<Scheduled> due = new ArrayList<>(scheduled);
        scheduled.clear();
        for (Scheduled s : due) {
            if (!s.cancelled) {
                s.action.run();
            }
        }
    }
}
