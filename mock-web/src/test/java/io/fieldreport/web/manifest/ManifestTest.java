package io.fieldreport.web.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.protocol.Manifest;
import io.fieldreport.sync.protocol.ManifestEntry;
import io.fieldreport.sync.protocol.ManifestHasher;
import io.fieldreport.sync.protocol.PullResponse;
import io.fieldreport.web.support.Records;
import io.fieldreport.web.support.Reply;
import io.fieldreport.web.support.TestWeb;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
        byte[] bytes = io.fieldreport.web.support.PhotoBytes.random(1_000, 11);
        var content = io.fieldreport.web.support.PhotoBytes.upload(web.ana(), inspection, bytes);
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

    @Test
    void entriesMustBeTrueOrFalse() {
        Reply r = web.ana().get(Records.path(demo, "/manifest?entries=yes"));
        assertEquals(400, r.status());
        assertEquals("bad_request", r.error().code());
    }
}
