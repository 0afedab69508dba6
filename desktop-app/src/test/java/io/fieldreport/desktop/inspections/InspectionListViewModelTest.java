package io.fieldreport.desktop.inspections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.desktop.Page;
import io.fieldreport.desktop.syncstatus.ProgressWords;
import io.fieldreport.desktop.syncstatus.SyncActivity;
import io.fieldreport.desktop.testing.LaptopTest;
import io.fieldreport.desktop.testing.Profiles;
import io.fieldreport.desktop.testing.TestPhotos;
import io.fieldreport.desktop.testing.TestWeb;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InspectionListViewModelTest extends LaptopTest {

    final AtomicBoolean offline = new AtomicBoolean();
    InspectionListViewModel list;

    @BeforeEach
    void setUp() {
        list = new InspectionListViewModel(laptop.client, laptop.runner, laptop.session,
                new SyncActivity(laptop.client, laptop.runner, laptop.session), laptop.notices, offline::get);
    }

    private InspectionRow row(UUID id) {
        return list.rows().stream().filter(r -> r.inspection().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void listsTheWebsAndTheLaptopsInspectionsAndMarksWorkNotOnTheWeb() throws Exception {
        var c = laptop.client.addComment(laptop.inspection, "roof.coverings", "Not on the web yet", null);
        laptop.client.addPhoto(c.id(), TestPhotos.jpeg(dir, "tile.jpg", 4, 320, 240), "");

        list.refresh();

        InspectionRow mine = row(laptop.inspection);
        assertTrue(mine.onLaptop());
        assertEquals(laptop.client.status(null).changesToUpload(), mine.changesNotOnWeb());
        assertEquals(1, mine.photosNotOnWeb());
        assertEquals(ProgressWords.pending(laptop.client.status(null).changesToUpload(), 1), mine.pendingWords(),
                "the card's words are the status bar's");
        assertEquals("2 changes and 1 photo not on the web yet", mine.pendingWords());
        InspectionRow demo = row(web.demo.inspectionId());
        assertFalse(demo.onLaptop());
        assertTrue(demo.onWeb());
        assertEquals("", list.messageProperty().get());
        assertFalse(list.loadingProperty().get());
    }

    @Test
    void openingAnInspectionTheFirstTimeDownloadsItAndShowsTheEditor() {
        list.refresh();

        list.open(row(web.demo.inspectionId()));

        assertTrue(laptop.client.isDownloaded(web.demo.inspectionId()));
        assertEquals(web.demo.inspectionId(), laptop.session.openInspectionId().orElseThrow());
        assertEquals(Page.EDITOR, laptop.session.pageProperty().get());
        assertNull(list.openingProperty().get());
        assertFalse(laptop.client.comments(web.demo.inspectionId(), "roof.coverings", false).isEmpty(),
                "the demo's comments came down with it");
    }

    @Test
    void theDemosInspectionOpensByItselfOnceTheWebListsIt() {
        list.openWhenListed(web.demo.inspectionId());

        list.refresh();
        assertEquals(web.demo.inspectionId(), laptop.session.openInspectionId().orElseThrow());

        laptop.session.show(Page.INSPECTIONS);
        list.refresh();
        assertEquals(Page.INSPECTIONS, laptop.session.pageProperty().get(), "only once");
    }

    @Test
    void workingOfflineListsTheLaptopsInspectionsAndSaysWhy() {
        offline.set(true);

        list.refresh();

        assertEquals(1, list.rows().size());
        assertTrue(list.messageProperty().get().startsWith("Working offline"), list.messageProperty().get());
    }

    @Test
    void whenTheWebCannotBeReachedTheLaptopsInspectionsStayListed() {
        Profiles cut;
        try (TestWeb gone = TestWeb.start(dir.resolve("gone"))) {
            cut = new Profiles(gone, dir.resolve("cut"), gone.ana(), gone.newInspection());
        }
        try (cut) {
            InspectionListViewModel l = new InspectionListViewModel(cut.client, cut.runner, cut.session,
                    new SyncActivity(cut.client, cut.runner, cut.session), cut.notices, () -> false);

            l.refresh();

            assertEquals(1, l.rows().size());
            assertTrue(l.messageProperty().get().startsWith("The web can't be reached"), l.messageProperty().get());
        }
    }
}
