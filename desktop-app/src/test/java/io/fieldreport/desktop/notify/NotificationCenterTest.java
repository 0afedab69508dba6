package io.fieldreport.desktop.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.desktop.testing.LaptopTest;
import io.fieldreport.sync.CancelToken;
import io.fieldreport.sync.SyncListener;
import io.fieldreport.sync.WebUnreachableException;
import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.sync.store.CommentEdit;
import io.fieldreport.web.editor.WebEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NotificationCenterTest extends LaptopTest {

    NotificationCenter center;
    final List<Notice> announced = new ArrayList<>();
    final AtomicInteger decided = new AtomicInteger();

    @BeforeEach
    void setUp() {
        center = laptop.notices;
        center.onNewNotice(announced::add);
        center.onConflictDecided(decided::incrementAndGet);
    }

    @Test
    void aProblemStaysListedOnceUntilAcknowledged() {
        var error = new WebUnreachableException("Could not reach the web (timeout).", 2, null);

        center.failed("Sync", error);
        center.failed("Sync", error);

        assertEquals(1, center.listed().size());
        Notice.Problem p = assertInstanceOf(Notice.Problem.class, center.listed().get(0));
        assertEquals("The web can't be reached", p.headline());
        assertTrue(p.nextStep().contains("safe on this laptop"), p.nextStep());
        assertEquals(1, announced.size());

        center.acknowledge(p);

        assertTrue(center.listed().isEmpty());
    }

    /** Mine is edited on the laptop, then the office edits the same text on the web, later. */
    private CommentRecord conflictOnText() throws Exception {
        CommentRecord c = laptop.client.addComment(laptop.inspection, "roof.coverings", "First words", null);
        laptop.client.save(SyncListener.NONE, new CancelToken());
        laptop.client.editComment(c.id(), CommentEdit.text("Mine: shingles lifted"));
        web.server.admin().webEdit(web.office().id(), laptop.inspection, c.id(), WebEdit.text("Theirs: shingles fine"));
        laptop.client.sync(laptop.inspection, SyncListener.NONE, new CancelToken());
        return c;
    }

    @Test
    void aConflictIsListedWithBothVersionsAndKeepMineWinsOnTheNextSync() throws Exception {
        CommentRecord c = conflictOnText();

        center.refresh();

        Notice.ConflictNotice n = assertInstanceOf(Notice.ConflictNotice.class, center.listed().get(0));
        assertEquals("Mine: shingles lifted", n.conflict().mine());
        assertEquals("Theirs: shingles fine", n.conflict().theirs());
        assertEquals("Roof › Coverings", n.where());
        assertEquals("Olivia Grant changed a comment you also changed", n.headline());
        assertTrue(announced.contains(n), "popped up");

        center.keepMine(n);
        laptop.client.sync(laptop.inspection, SyncListener.NONE, new CancelToken());

        assertTrue(center.listed().isEmpty());
        assertEquals(1, decided.get());
        assertEquals("Mine: shingles lifted", web.snapshot(laptop.inspection).textOf(c.id()).orElseThrow());
    }

    @Test
    void useTheirsKeepsTheNewerVersion() throws Exception {
        CommentRecord c = conflictOnText();
        center.refresh();

        center.useTheirs((Notice.ConflictNotice) center.listed().get(0));
        laptop.client.sync(laptop.inspection, SyncListener.NONE, new CancelToken());

        assertTrue(center.listed().isEmpty());
        assertEquals("Theirs: shingles fine", laptop.client.comment(c.id()).orElseThrow().text().value());
        assertEquals("Theirs: shingles fine", web.snapshot(laptop.inspection).textOf(c.id()).orElseThrow());
    }

    @Test
    void aConflictDecidedElsewhereLeavesTheList() throws Exception {
        conflictOnText();
        center.refresh();
        long id = ((Notice.ConflictNotice) center.listed().get(0)).conflict().id();

        laptop.client.dismissConflict(id);
        center.refresh();

        assertTrue(center.listed().isEmpty());
    }
}
