package io.fieldreport.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.desktop.editor.CommentViewModel;
import io.fieldreport.desktop.editor.EditorViewModel;
import io.fieldreport.desktop.testing.HoldingTaskRunner;
import io.fieldreport.desktop.testing.LaptopTest;
import io.fieldreport.desktop.testing.TestWeb;
import io.fieldreport.sync.SyncClient;
import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.sync.protocol.Rating;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Quitting while the store is slow to answer an autosave: what was typed last is what the profile holds. */
class QuitTest extends LaptopTest {

    private static final String FIRST = "Gutter";
    private static final String LAST = "Gutter pulling away at the north-east corner";

    private final HoldingTaskRunner runner = new HoldingTaskRunner();
    private EditorViewModel editor;
    private CommentViewModel comment;

    @BeforeEach
    void typeWhileTheFirstAutosaveIsStillBeingWritten() {
        editor = new EditorViewModel(laptop.client, runner, laptop.delay, Duration.ofMillis(600), laptop.session,
                laptop.notices, () -> { });
        laptop.open();
        editor.select("roof.drainage");
        editor.addComment();
        comment = editor.addedProperty().get();

        runner.hold();
        comment.textProperty().set(FIRST);
        laptop.delay.elapse();
        comment.textProperty().set(LAST);
        laptop.delay.elapse();
        comment.ratingProperty().set(Rating.DEFECT);
    }

    private CommentRecord storedInTheReopenedProfile() {
        try (SyncClient reopened = SyncClient.open(dir.resolve("ana"), TestWeb.FAST)) {
            return reopened.comment(comment.id()).orElseThrow();
        }
    }

    @Test
    void quittingWhileAnAutosaveIsUnderWayStoresTheLastKeystrokes() throws Exception {
        var closed = new Shutdown(List.of(runner), Duration.ofSeconds(20))
                .start(editor.lastWrites(), () -> { }, List.of(laptop.client));
        runner.release();
        closed.get(20, TimeUnit.SECONDS);

        CommentRecord stored = storedInTheReopenedProfile();
        assertEquals(LAST, stored.text().value());
        assertEquals(Rating.DEFECT, stored.rating().value());
    }

    @Test
    void anAutosaveThatRunsAfterTheLastWriteNeverOverwritesIt() throws Exception {
        // Quitting gave up waiting for the slow autosave: the last write goes first, the old one after.
        new Shutdown(List.of(), Duration.ZERO).start(editor.lastWrites(), () -> { }, List.of())
                .get(20, TimeUnit.SECONDS);
        runner.release();
        assertTrue(runner.drain(Duration.ofSeconds(20)), "the held autosave ran");

        laptop.client.close();
        assertEquals(LAST, storedInTheReopenedProfile().text().value());
    }
}
