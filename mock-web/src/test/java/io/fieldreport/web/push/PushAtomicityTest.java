package io.fieldreport.web.push;

import static io.fieldreport.web.support.Records.ANA_LAPTOP;
import static io.fieldreport.web.support.Records.at;
import static io.fieldreport.web.support.Records.change;
import static io.fieldreport.web.support.Records.comment;
import static io.fieldreport.web.support.Records.push;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.protocol.Change;
import io.fieldreport.sync.protocol.ChangeOutcome;
import io.fieldreport.sync.protocol.PushResponse;
import io.fieldreport.web.support.Records;
import io.fieldreport.web.support.TestWeb;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A push is applied in one transaction: each change whole, and the push as a whole, so the web
 * commits (and syncs to disk) once per push instead of once per change, and nobody reading the web
 * meanwhile sees half a push.
 */
class PushAtomicityTest {

    private static final int PUSHES = 8;
    private static final int CHANGES = 100;

    @TempDir
    Path dir;

    @Test
    void aReaderNeverSeesHalfAPush() throws Exception {
        try (TestWeb web = TestWeb.start(dir)) {
            UUID inspection = web.newInspection();
            List<Integer> seen = new CopyOnWriteArrayList<>();
            AtomicBoolean pushing = new AtomicBoolean(true);
            Thread reader = new Thread(() -> {
                while (pushing.get()) {
                    seen.add(web.admin().inspection(inspection).comments().size());
                }
            }, "snapshot-reader");
            reader.start();
            try {
                for (int p = 0; p < PUSHES; p++) {
                    List<Change> changes = new ArrayList<>();
                    for (int i = 0; i < CHANGES; i++) {
                        changes.add(change(comment(UUID.randomUUID(), "interior.walls", "push " + p + " #" + i, null,
                                at(1, ANA_LAPTOP), "Ana Reyes")));
                    }
                    PushResponse r = web.ana().post(Records.push(inspection),
                            push(ANA_LAPTOP, changes.toArray(Change[]::new))).as(PushResponse.class);
                    assertTrue(r.results().stream().allMatch(x -> x.outcome() == ChangeOutcome.APPLIED), r.toString());
                }
            } finally {
                pushing.set(false);
                reader.join();
            }

            assertEquals(PUSHES * CHANGES, web.admin().inspection(inspection).comments().size());
            assertTrue(seen.size() > PUSHES, "the reader read only " + seen.size() + " times");
            List<Integer> partial = seen.stream().filter(n -> n % CHANGES != 0).distinct().toList();
            assertEquals(List.of(), partial, "comment counts seen in the middle of a push");
        }
    }
}
