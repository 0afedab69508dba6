package io.fieldreport.desktop.background;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class LatestOnUiTest {

    /** A UI thread that runs what was posted only when the test lets it. */
    static final class QueuedUi implements TaskRunner {
        final List<Runnable> posted = new ArrayList<>();

        @Override
        public <T> void run(String what, Work<T> work, Consumer<? super T> done, Consumer<? super Throwable> failed) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void onUi(Runnable action) {
            posted.add(action);
        }

        void drain() {
            List<Runnable> now = new ArrayList<>(posted);
            posted.clear();
            now.forEach(Runnable::run);
        }
    }

    @Test
    void aBusyUiGetsOnlyTheNewestValueAndOneHopAtATime() {
        QueuedUi ui = new QueuedUi();
        List<Integer> shown = new ArrayList<>();
        LatestOnUi<Integer> latest = new LatestOnUi<>(ui, shown::add);

        for (int i = 1; i <= 1000; i++) {
            latest.accept(i);
        }
        assertEquals(1, ui.posted.size());
        ui.drain();
        assertEquals(List.of(1000), shown);

        latest.accept(1001);
        ui.drain();
        assertEquals(List.of(1000, 1001), shown);
    }
}
