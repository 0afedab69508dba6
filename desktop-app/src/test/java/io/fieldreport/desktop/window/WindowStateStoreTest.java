package io.fieldreport.desktop.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowStateStoreTest {

    @TempDir
    Path profile;

    @Test
    void remembersSizePositionAndTheOpenInspection() throws Exception {
        UUID open = UUID.randomUUID();
        WindowStateStore store = new WindowStateStore(profile);

        store.save(new WindowState(40, 30, 1400, 900, false, Optional.of(open)));

        assertEquals(new WindowState(40, 30, 1400, 900, false, Optional.of(open)), store.load());
    }

    @Test
    void withoutAFileTheDefaultsAreUsed() {
        WindowState w = new WindowStateStore(profile).load();
        assertEquals(WindowState.DEFAULT, w);
        assertFalse(w.hasPosition());
    }

    @Test
    void aDamagedFileMeansDefaultsNotAnError() throws Exception {
        Files.writeString(profile.resolve(WindowStateStore.FILE_NAME), "width=wide\nopenInspection=nope\n\\u00zz");
        assertEquals(WindowState.DEFAULT, new WindowStateStore(profile).load());

        Files.writeString(profile.resolve(WindowStateStore.FILE_NAME), "width=wide\nheight=700\nopenInspection=nope\n");
        WindowState w = new WindowStateStore(profile).load();
        assertEquals(1280, w.width());
        assertEquals(700, w.height());
        assertEquals(Optional.empty(), w.openInspection());
    }

    @Test
    void aWindowTooSmallForTheEditorGrowsToTheMinimum() {
        WindowState w = new WindowState(0, 0, 300, 200, false, Optional.empty());
        assertEquals(WindowState.MIN_WIDTH, w.width());
        assertEquals(WindowState.MIN_HEIGHT, w.height());
    }
}
