package io.fieldreport.web.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.protocol.Manifest;
import io.fieldreport.sync.protocol.ManifestEntry;
import io.fieldreport.sync.protocol.ManifestHasher;
import io.fieldreport.sync.protocol.PullResponse;
import io.fieldreport.web.editor.WebEdit;
import io.fieldreport.web.support.PhotoBytes;
import io.fieldreport.web.support.Records;
import io.fieldreport.web.support.Reply;
import io.fieldreport.web.support.TestWeb;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ManifestTest {

    @RegisterExtension
    static final TestWeb web = TestWeb.perClass();
    static UUID demo;

    @BeforeAll
    static void start() {
        demo = web.demo().inspectionId();
    }

    private Manifest manifest(String query) {
        Reply r = web.ana().get(Records.path(demo, "/manifest" + query));
        assertEquals(200, r.status(), r.text());
        return r.as(Manifest.class);
    }

    @Test
    void theRootIsWhatALaptopComputesFromAPullOfTheSameData() {
        PullResponse all = web.ana().get(Records.path(demo, "/changes?limit=1000")).as(PullResponse.class);
        List<ManifestEntry> mine = new ArrayList<>();
        all.comments().forEach(c -> mine.add(ManifestHasher.comment(c)));
        all.photos().forEach(p -> mine.add(ManifestHasher.photo(p, true)));

        Manifest web = manifest("");
        assertEquals(ManifestHasher.root(mine), web.root());
        assertEquals(6, web.comments());
        assertEquals(2, web.photos());
        assertEquals(8, web.entries().size());
    }

    @Test
    void onlyTheRootAndCountsWhenEntriesAreNotWanted() {
        Manifest small = manifest("?entries=false");
        assertTrue(small.entries().isEmpty());
        assertEquals(manifest("?entries=true").root(), small.root());
    }

    @Test
    void aPhotoWhoseBytesTheWebLostShowsAsNotStoredAndChangesTheRoot() {
        UUID inspection = web.newInspection();
        byte[] bytes = PhotoBytes.random(1_000, 11);
        var content = PhotoBytes.upload(web.ana(), inspection, bytes);
        var c = Records.comment(UUID.randomUUID(), "garage.door", "dented", null, Records.at(1, Records.ANA_LAPTOP), "Ana Reyes");
        var p = Records.photo(UUID.randomUUID(), c.id(), content, "", Records.at(2, Records.ANA_LAPTOP), "Ana Reyes");
        web.ana().post(Records.push(inspection), Records.push(Records.ANA_LAPTOP, Records.change(c), Records.change(p)));
        String path = Records.path(inspection, "/manifest");
        Manifest before = web.ana().get(path).as(Manifest.class);

        web.admin().removePhotoBytes(inspection, p.id());
        Manifest after = web.ana().get(path).as(Manifest.class);

        assertNotEquals(before.root(), after.root());
        ManifestEntry photo = after.entries().stream().filter(e -> e.kind().equals("photo")).findFirst().orElseThrow();
        assertFalse(photo.stored());
        assertEquals(content.sha256(), photo.sha256());
    }

    /**
     * The root alone is remembered between writes (ManifestService): after each kind of write it must
     * still be what a full computation gives, or a Sync would call a laptop and a web that differ equal.
     */
    @Test
    void theRootAloneFollowsEveryKindOfWrite() {
        UUID inspection = web.newInspection();
        String path = Records.path(inspection, "/manifest");
        Supplier<String> rootAlone = () -> web.ana().get(path + "?entries=false").as(Manifest.class).root();
        List<String> roots = new ArrayList<>();
        roots.add(rootAlone.get());

        var c = Records.comment(UUID.randomUUID(), "garage.door", "dented", null, Records.at(1, Records.ANA_LAPTOP), "Ana Reyes");
        web.ana().post(Records.push(inspection), Records.push(Records.ANA_LAPTOP, Records.change(c)));
        roots.add(checkedRoot(path, rootAlone));

        byte[] bytes = PhotoBytes.random(2_000, 12);
        var content = PhotoBytes.upload(web.ana(), inspection, bytes);
        var p = Records.photo(UUID.randomUUID(), c.id(), content, "", Records.at(2, Records.ANA_LAPTOP), "Ana Reyes");
        web.ana().post(Records.push(inspection), Records.push(Records.ANA_LAPTOP, Records.change(p)));
        roots.add(checkedRoot(path, rootAlone));

        web.admin().webEdit(web.demo().office().id(), inspection, c.id(), WebEdit.text("dented, edited at the office"));
        roots.add(checkedRoot(path, rootAlone));

        web.admin().removePhotoBytes(inspection, p.id());
        roots.add(checkedRoot(path, rootAlone));

        PhotoBytes.upload(web.ana(), inspection, bytes);
        roots.add(checkedRoot(path, rootAlone));

        web.admin().removeComment(inspection, c.id());
        roots.add(checkedRoot(path, rootAlone));

        for (int i = 1; i < roots.size(); i++) {
            assertNotEquals(roots.get(i - 1), roots.get(i), "write " + i + " changed what the web holds");
        }
    }

    private String checkedRoot(String path, Supplier<String> rootAlone) {
        String alone = rootAlone.get();
        assertEquals(web.ana().get(path + "?entries=true").as(Manifest.class).root(), alone);
        return alone;
    }

    @Test
    void entriesMustBeTrueOrFalse() {
        Reply r = web.ana().get(Records.path(demo, "/manifest?entries=yes"));
        assertEquals(400, r.status());
        assertEquals("bad_request", r.error().code());
    }
}
