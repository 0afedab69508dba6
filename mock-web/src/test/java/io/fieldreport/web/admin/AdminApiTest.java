package io.fieldreport.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.sync.protocol.InspectionList;
import io.fieldreport.sync.protocol.InspectionRecord;
import io.fieldreport.sync.protocol.InspectionStatus;
import io.fieldreport.sync.protocol.LockRequest;
import io.fieldreport.sync.protocol.Role;
import io.fieldreport.sync.protocol.UserRecord;
import io.fieldreport.web.faults.PoorSignal;
import io.fieldreport.web.support.Api;
import io.fieldreport.web.support.PhotoBytes;
import io.fieldreport.web.support.Records;
import io.fieldreport.web.support.Reply;
import io.fieldreport.web.support.TestWeb;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every call of the admin API over HTTP, as docs/QA.md shows them. */
class AdminApiTest {

    @RegisterExtension
    static final TestWeb web = TestWeb.perClass();
    static Api admin;
    static UUID demo;

    @BeforeAll
    static void start() {
        admin = web.adminApi();
        demo = web.demo().inspectionId();
    }

    @Test
    void everyAdminCallNeedsTheAdminToken() {
        Reply r = web.anonymous().get("/api/admin/users");
        assertEquals(401, r.status());
        assertEquals("unauthorized", r.error().code());
        assertEquals(401, web.anonymous().as("wrong").post("/api/admin/seed/demo", "{}").status());
    }

    @Test
    void aNewInspectorGetsATokenThatWorksAndIsListed() {
        Reply r = admin.post("/api/admin/users", "{\"name\":\"Carla Mendes\",\"role\":\"inspector\"}");
        assertEquals(201, r.status(), r.text());
        NewUser carla = r.as(NewUser.class);
        assertTrue(carla.id().startsWith("u-carla-"), carla.id());
        assertEquals(new UserRecord(carla.id(), "Carla Mendes", Role.INSPECTOR),
                web.anonymous().as(carla.token()).get("/api/me").as(UserRecord.class));
        assertTrue(admin.get("/api/admin/users").as(UserList.class).users().stream()
                .anyMatch(u -> u.id().equals(carla.id())));
        assertFalse(admin.get("/api/admin/users").text().contains(carla.token()), "tokens are never listed");

        assertEquals(204, admin.post("/api/admin/users/" + carla.id() + "/revoke", "{}").status());
        assertEquals(401, web.anonymous().as(carla.token()).get("/api/me").status());
    }

    @Test
    void qaMayChooseAUsersIdAndTokenButNotOnesInUse() {
        Reply r = admin.post("/api/admin/users",
                "{\"name\":\"Erin Walsh\",\"role\":\"office\",\"id\":\"u-erin\",\"token\":\"erin-qa-token\"}");
        assertEquals(201, r.status(), r.text());
        assertEquals("Erin Walsh", web.anonymous().as("erin-qa-token").get("/api/me").as(UserRecord.class).name());
        Reply sameId = admin.post("/api/admin/users", "{\"name\":\"Other\",\"role\":\"office\",\"id\":\"u-erin\"}");
        Reply sameToken = admin.post("/api/admin/users", "{\"name\":\"Other\",\"role\":\"office\",\"token\":\"ana-demo-token\"}");
        Reply badId = admin.post("/api/admin/users", "{\"name\":\"Other\",\"role\":\"office\",\"id\":\"../x\"}");
        for (Reply refused : new Reply[] {sameId, sameToken, badId}) {
            assertEquals(400, refused.status(), refused.text());
        }
    }

    @Test
    void anInspectionMayHaveAChosenIdOnce() {
        String body = "{\"address\":\"1 Chosen Row\",\"clientName\":\"Q. A.\",\"id\":\"7d1e5c3a-9b2f-4e8d-a6c1-0f2e3d4c5b6a\"}";
        assertEquals(201, admin.post("/api/admin/inspections", body).status());
        assertEquals(400, admin.post("/api/admin/inspections", body).status());
    }

    @Test
    void anInspectionIsCreatedFromTheTemplateAndInspectorsAreAssigned() {
        Reply created = admin.post("/api/admin/inspections",
                "{\"address\":\"88 Willow Way, Eugene, OR\",\"clientName\":\"T. Brandt\",\"scheduledDate\":\"2026-12-03\"}");
        assertEquals(201, created.status(), created.text());
        InspectionRecord record = created.as(InspectionRecord.class);
        assertEquals(InspectionStatus.SCHEDULED, record.status());
        assertEquals(403, web.ana().get("/api/inspections/" + record.id()).status());

        Reply assigned = admin.post("/api/admin/inspections/" + record.id() + "/assignments", "{\"userId\":\"u-ana\"}");
        assertEquals(200, assigned.status(), assigned.text());
        assertEquals(java.util.List.of("Ana Reyes"), assigned.as(InspectionRecord.class).inspectors());
        assertEquals(200, web.ana().get("/api/inspections/" + record.id()).status());
        assertTrue(admin.get("/api/admin/inspections").as(InspectionList.class).inspections().contains(
                web.admin().inspection(record.id()).inspection()));
    }

    @Test
    void assigningAnOfficeUserOrAnUnknownUserIsRefused() {
        assertEquals(400, admin.post("/api/admin/inspections/" + demo + "/assignments", "{\"userId\":\"u-olivia\"}").status());
        assertEquals(404, admin.post("/api/admin/inspections/" + demo + "/assignments", "{\"userId\":\"u-nobody\"}").status());
    }

    /** A fresh inspection with one comment of Ben's and a photo on it whose bytes the web holds. */
    private static UUID inspectionWithACommentAndAPhoto(UUID commentId, UUID photoId) {
        UUID inspection = web.newInspection();
        var comment = Records.comment(commentId, "plumbing.water-heater", "Water heater: no drip leg", null,
                Records.at(1, Records.BEN_LAPTOP), "Ben Okafor");
        var content = PhotoBytes.upload(web.ben(), inspection, PhotoBytes.random(20_000, commentId.hashCode()));
        var photo = Records.photo(photoId, commentId, content, "Gas line", Records.at(2, Records.BEN_LAPTOP), "Ben Okafor");
        Reply pushed = web.ben().post(Records.push(inspection),
                Records.push(Records.BEN_LAPTOP, Records.change(comment), Records.change(photo)));
        assertEquals(200, pushed.status(), pushed.text());
        return inspection;
    }

    @Test
    void theSnapshotShowsCommentsWithHistoryPhotosAndTheLockHolder() {
        UUID commentId = UUID.randomUUID();
        UUID inspection = inspectionWithACommentAndAPhoto(commentId, UUID.randomUUID());
        web.admin().webEdit("u-olivia", inspection, commentId, io.fieldreport.web.editor.WebEdit.text("Water heater checked."));
        web.ben().post("/api/inspections/" + inspection + "/lock", new LockRequest("lap-bbbbbbbbbbbb", 60));

        InspectionSnapshot snapshot = admin.get("/api/admin/inspections/" + inspection).as(InspectionSnapshot.class);
        assertEquals(1, snapshot.comments().size());
        assertEquals(1, snapshot.photos().size());
        assertTrue(snapshot.photos().get(0).bytesStored());
        assertEquals("Ben Okafor", snapshot.lock().holderName());
        assertNull(snapshot.lock().lockId());
        CommentState edited = snapshot.comment(commentId).orElseThrow();
        assertEquals("Water heater checked.", edited.comment().text().value());
        assertEquals("Ben Okafor", edited.history().get(0).author());
        assertEquals("Water heater: no drip leg", edited.history().get(0).value());
    }

    @Test
    void aCommentAndAPhotosBytesCanBeRemovedToSimulateLoss() {
        UUID commentId = UUID.randomUUID();
        UUID photoId = UUID.randomUUID();
        UUID inspection = inspectionWithACommentAndAPhoto(commentId, photoId);
        UUID demoComment = web.admin().inspection(demo).comments().get(0).comment().id();
        assertEquals(404, admin.delete("/api/admin/inspections/" + inspection + "/comments/" + demoComment).status(),
                "a comment of another inspection is not this one's");

        assertEquals(204, admin.delete("/api/admin/inspections/" + inspection + "/photos/" + photoId + "/bytes").status());
        assertFalse(web.admin().inspection(inspection).photo(photoId).orElseThrow().bytesStored());
        assertEquals(404, admin.delete("/api/admin/inspections/" + inspection + "/photos/" + photoId + "/bytes").status());

        assertEquals(204, admin.delete("/api/admin/inspections/" + inspection + "/comments/" + commentId).status());
        var after = web.admin().inspection(inspection);
        assertTrue(after.comments().isEmpty());
        assertEquals(1, after.photos().size(), "the photo record stays, as after a half-finished Save");
    }

    @Test
    void aWebEditThroughTheAdminApiIsAnOfficeUsersEdit() {
        UUID commentId = UUID.fromString("6e1f4b1a-0c2d-4a8e-9f31-2b7c5d8e1a05");
        Reply r = admin.post("/api/admin/inspections/" + demo + "/comments/" + commentId + "/web-edit",
                "{\"userId\":\"u-olivia\",\"text\":\"Deck ledger: see contractor note.\",\"rating\":\"safety\"}");
        assertEquals(200, r.status(), r.text());
        CommentRecord edited = r.as(CommentRecord.class);
        assertEquals("Olivia Grant", edited.rating().author());
        assertEquals("web", edited.rating().stamp().device());

        Reply byInspector = admin.post("/api/admin/inspections/" + demo + "/comments/" + commentId + "/web-edit",
                "{\"userId\":\"u-ana\",\"text\":\"x\"}");
        assertEquals(403, byInspector.status());
    }

    @Test
    void publishingThroughTheAdminApi() {
        UUID inspection = web.newInspection();
        Reply r = admin.post("/api/admin/inspections/" + inspection + "/publish", "{}");
        assertEquals(200, r.status());
        assertEquals(InspectionStatus.PUBLISHED, r.as(InspectionRecord.class).status());
    }

    @Test
    void seedingTheDemoAgainReturnsTheSameDemo() {
        DemoSeed again = admin.post("/api/admin/seed/demo", "{}").as(DemoSeed.class);
        assertEquals(web.demo(), again);
        assertEquals(1, admin.get("/api/admin/inspections").as(InspectionList.class).inspections().stream()
                .filter(i -> i.id().equals(demo)).count());
    }

    @Test
    void thePoorSignalModeIsReadAndSwitched() {
        try {
            Reply set = admin.put("/api/admin/poor-signal", "{\"latencyMillis\":5,\"failPercent\":10,\"seed\":42}");
            assertEquals(200, set.status(), set.text());
            PoorSignal now = admin.get("/api/admin/poor-signal").as(PoorSignal.class);
            assertEquals(new PoorSignal(5, 0, 10, 0, 0, 0, 42L), now);
            assertEquals(400, admin.put("/api/admin/poor-signal", "{\"failPercent\":101}").status());
            assertNotNull(web.admin().poorSignal());
        } finally {
            web.admin().setPoorSignal(PoorSignal.OFF);
        }
    }
}
