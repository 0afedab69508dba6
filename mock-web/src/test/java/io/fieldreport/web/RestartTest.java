package io.fieldreport.web;

import static io.fieldreport.web.support.Records.ANA_LAPTOP;
import static io.fieldreport.web.support.Records.at;
import static io.fieldreport.web.support.Records.change;
import static io.fieldreport.web.support.Records.comment;
import static io.fieldreport.web.support.Records.photo;
import static io.fieldreport.web.support.Records.push;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.protocol.Change;
import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.sync.protocol.LockInfo;
import io.fieldreport.sync.protocol.LockRequest;
import io.fieldreport.sync.protocol.LockState;
import io.fieldreport.sync.protocol.PushResponse;
import io.fieldreport.sync.protocol.Rating;
import io.fieldreport.web.admin.InspectionSnapshot;
import io.fieldreport.web.editor.WebEdit;
import io.fieldreport.web.support.PhotoBytes;
import io.fieldreport.web.support.Records;
import io.fieldreport.web.support.SteppingClock;
import io.fieldreport.web.support.TestWeb;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestartTest {

    @TempDir
    Path dir;

    @Test
    void aRestartedWebServesEverythingItHadAndStillKnowsItsChangeIds() {
        try (TestWeb web = TestWeb.start(dir)) {
            UUID inspection = web.newInspection();
            byte[] bytes = PhotoBytes.random(30_000, 1);
            var content = PhotoBytes.upload(web.ana(), inspection, bytes);
            byte[] partial = PhotoBytes.random(30_000, 2);
            web.ana().send(PhotoBytes.patch(web.ana(), inspection, partial, 0, 12_345));
            var c = comment(UUID.randomUUID(), "roof.coverings", "survives", Rating.DEFECT, at(1, ANA_LAPTOP), "Ana Reyes");
            Change commentChange = change(c);
            Change photoChange = change(photo(UUID.randomUUID(), c.id(), content, "", at(2, ANA_LAPTOP), "Ana Reyes"));
            PushResponse first = web.ana().post(Records.push(inspection), push(ANA_LAPTOP, commentChange, photoChange))
                    .as(PushResponse.class);
            LockInfo lock = web.ben().post(Records.path(inspection, "/lock"), new LockRequest("lap-bbbbbbbbbbbb", 60))
                    .as(LockInfo.class);
            InspectionSnapshot before = web.admin().inspection(inspection);

            web.restart();

            assertEquals(before, web.admin().inspection(inspection));
            assertEquals(first, web.ana().post(Records.push(inspection), push(ANA_LAPTOP, commentChange, photoChange))
                    .as(PushResponse.class), "a replay after a restart is still a replay");
            assertEquals(before.changeSequence(), web.admin().inspection(inspection).changeSequence());
            assertEquals(lock.withoutId(), web.ana().get(Records.path(inspection, "/lock")).as(LockState.class).lock());
            assertEquals("12345", PhotoBytes.head(web.ana(), inspection, PhotoBytes.contentOf(partial).sha256())
                    .header("Upload-Offset"), "a partial upload is resumed where it stood");
            assertEquals(200, web.ana().get(Records.path(inspection, "/photos/" + content.sha256())).status());
            assertEquals(200, web.anonymous().as("ana-demo-token").get("/api/me").status(), "tokens survive");
        }
    }

    @Test
    void aRestartWithTheDemoSeedKeepsASimulatedLossOfPhotoBytes() {
        UUID chimneyPhoto = UUID.fromString("9a4c2e71-5b3d-4f60-8e12-7d9b0c1a2e02");
        try (TestWeb web = TestWeb.start(dir)) {
            UUID demo = web.demo().inspectionId();
            web.admin().removePhotoBytes(demo, chimneyPhoto);

            web.restart();
            web.admin().seedDemo(); // what a start with --seed demo does

            assertFalse(web.admin().inspection(demo).photo(chimneyPhoto).orElseThrow().bytesStored(),
                    "QA's simulated loss is still there for Verify to find");
            String sha = web.admin().inspection(demo).photo(chimneyPhoto).orElseThrow().photo().content().value().sha256();
            assertEquals(404, web.ana().get(Records.path(demo, "/photos/" + sha)).status());
        }
    }

    @Test
    void theWebsClockNeverGoesBackAcrossARestart() throws Exception {
        UUID inspection;
        UUID commentId;
        try (TestWeb web = TestWeb.start(dir)) {
            inspection = web.newInspection();
            CommentRecord c = comment(UUID.randomUUID(), "roof.coverings", "late stamp", null, at(30, ANA_LAPTOP), "Ana Reyes");
            commentId = c.id();
            web.ana().post(Records.push(inspection), push(ANA_LAPTOP, change(c)));
        }
        // The machine's clock was set back an hour while the web was down.
        var earlier = new SteppingClock(TestWeb.START.minus(Duration.ofHours(1)));
        try (WebServer web = WebServer.start(WebServerConfig.builder(dir).port(0).clock(earlier).build())) {
            CommentRecord edited = web.admin().webEdit("u-olivia", inspection, commentId, WebEdit.text("office"));
            assertTrue(edited.text().stamp().isAfter(at(30, ANA_LAPTOP)), edited.text().stamp().toString());
            assertEquals("office", web.admin().inspection(inspection).textOf(commentId).orElseThrow());
        }
    }
}
