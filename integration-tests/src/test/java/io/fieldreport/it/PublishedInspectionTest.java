package io.fieldreport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.CancelToken;
import io.fieldreport.sync.SyncListener;
import io.fieldreport.sync.protocol.InspectionStatus;
import io.fieldreport.sync.store.EditRejectedException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference's "work order already completed" case: changes to a report the office published are
 * refused with a reason the inspector sees, moved to the rejected list, and do not block the rest.
 */
class PublishedInspectionTest {

    @TempDir
    Path dir;
    TestWeb web;
    Laptop ana;
    UUID other;

    @BeforeEach
    void start() throws Exception {
        web = new TestWeb(dir.resolve("web"));
        other = web.admin.createInspection("4 Oak Lane", "K. Lee", LocalDate.of(2026, 11, 24));
        web.admin.assign(web.ana.id(), other);
        ana = new Laptop(dir.resolve("ana"), web, web.ana);
        ana.client.open(other, SyncListener.NONE, new CancelToken());
    }

    @AfterEach
    void stop() {
        ana.close();
        web.close();
    }

    @Test
    void changesToAPublishedReportGoToTheRejectedListAndTheRestGoesOn() throws Exception {
        ana.add("roof.coverings", "written after the office published", null);
        ana.client.addComment(other, "garage.door", "for the other house", null);
        web.admin.publish(web.inspection);

        var saved = ana.save();

        assertEquals(1, saved.rejected());
        assertEquals(0, ana.client.status(null).changesToUpload(), "nothing stays stuck in the queue");
        var rejected = ana.client.rejectedChanges(true);
        assertEquals(1, rejected.size());
        assertEquals("inspection_published", rejected.get(0).reason());
        assertEquals(1, ana.client.status(ana.inspection).rejectedChanges());
        assertEquals(1, web.admin.inspection(other).comments().size(), "the other inspection's change arrived");
        assertEquals("written after the office published",
                ana.client.allComments(ana.inspection).get(0).text().value(), "the text stays on the laptop");

        ana.sync();
        assertEquals(InspectionStatus.PUBLISHED, ana.client.inspection(ana.inspection).orElseThrow().status());
        var e = assertThrows(EditRejectedException.class, () -> ana.add("roof.coverings", "more", null));
        assertTrue(e.getMessage().contains("published"), e.getMessage());

        ana.client.acknowledgeRejected(rejected.get(0).changeId());
        assertEquals(0, ana.client.status(ana.inspection).rejectedChanges());
    }
}
