package io.fieldreport.web.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.protocol.ChangeOutcome;
import io.fieldreport.sync.store.Database;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Change ids are remembered per inspection, and a web made before that keeps the ones it knew. */
class AppliedChangesTest {

    @TempDir
    Path dir;

    @Test
    void aWebDatabaseFromVersionOneKeepsItsChangeIdsWhenUpgraded() {
        Path file = dir.resolve("web.db");
        UUID inspection = UUID.randomUUID();
        UUID changeId = UUID.randomUUID();
        var outcome = new RecordedOutcome("comment", UUID.randomUUID(), ChangeOutcome.SUPERSEDED, List.of("text"));
        try (Database v1 = Database.open(file, WebSchema.migrations().subList(0, 1))) {
            v1.transaction(c -> {
                new AppliedChanges().record(c, changeId, inspection, "lap-aaaaaaaaaaaa", outcome, 1L);
                return null;
            });
        }

        try (Database now = Database.open(file, WebSchema.migrations())) {
            assertEquals(WebSchema.migrations().size(), now.schemaVersion());
            assertEquals(Optional.of(outcome), now.read(c -> new AppliedChanges().find(c, inspection, changeId)));
            assertTrue(now.read(c -> new AppliedChanges().find(c, UUID.randomUUID(), changeId)).isEmpty(),
                    "the same change id in another inspection is another change");
            assertEquals("ok", now.integrityCheck());
        }
    }
}
