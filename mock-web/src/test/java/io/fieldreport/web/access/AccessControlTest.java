package io.fieldreport.web.access;

import static io.fieldreport.web.support.Records.ANA_LAPTOP;
import static io.fieldreport.web.support.Records.at;
import static io.fieldreport.web.support.Records.change;
import static io.fieldreport.web.support.Records.comment;
import static io.fieldreport.web.support.Records.push;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fieldreport.sync.protocol.LockInfo;
import io.fieldreport.sync.protocol.LockRequest;
import io.fieldreport.sync.protocol.LockState;
import io.fieldreport.sync.protocol.Role;
import io.fieldreport.web.admin.NewUser;
import io.fieldreport.web.support.Api;
import io.fieldreport.web.support.PhotoBytes;
import io.fieldreport.web.support.Records;
import io.fieldreport.web.support.Reply;
import io.fieldreport.web.support.TestWeb;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AccessControlTest {

    @RegisterExtension
    static final TestWeb web = TestWeb.perClass();
    static UUID bensOnly;
    static Api carla;

    @BeforeAll
    static void start() {
        bensOnly = web.admin().createInspection("5 Oak Street", "J. Park", null);
        web.admin().assign(web.demo().ben().id(), bensOnly);
        NewUser c = web.admin().createUser("Carla Mendes", Role.INSPECTOR);
        carla = web.anonymous().as(c.token());
    }

    /** Every endpoint of an inspection, as (method, path suffix). */
    private static List<String[]> inspectionEndpoints() {
        String sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        return List.of(new String[] {"GET", ""}, new String[] {"GET", "/changes"}, new String[] {"GET", "/manifest"},
                new String[] {"GET", "/lock"}, new String[] {"GET", "/photos/" + sha}, new String[] {"HEAD", "/uploads/" + sha});
    }

    @Test
    void noTokenAndAnUnknownTokenAre401() {
        for (Api api : List.of(web.anonymous(), web.anonymous().as("not-a-token"))) {
            Reply r = api.get("/api/inspections");
            assertEquals(401, r.status());
            assertEquals("unauthorized", r.error().code());
            assertEquals("Bearer", r.header("WWW-Authenticate"));
        }
    }

    @Test
    void aRevokedTokenIs401() {
        NewUser dan = web.admin().createUser("Dan Hale", Role.INSPECTOR);
        Api api = web.anonymous().as(dan.token());
        assertEquals(200, api.get("/api/me").status());
        web.admin().revokeToken(dan.id());
        assertEquals(401, api.get("/api/me").status());
    }

    @Test
    void anInspectorNotAssignedGets403OnEveryEndpointOfTheInspection() {
        for (String[] e : inspectionEndpoints()) {
            Reply r = web.ana().send(web.ana().request("/api/inspections/" + bensOnly + e[1])
                    .method(e[0], java.net.http.HttpRequest.BodyPublishers.noBody()));
            assertEquals(403, r.status(), e[0] + " " + e[1]);
        }
        Reply pushed = web.ana().post(Records.push(bensOnly), push(ANA_LAPTOP,
                change(comment(UUID.randomUUID(), "roof.coverings", "x", null, at(1, ANA_LAPTOP), "Ana Reyes"))));
        assertEquals(403, pushed.status());
        assertEquals("forbidden", pushed.error().code());
        assertEquals(403, web.ana().post(Records.path(bensOnly, "/lock"), new LockRequest(ANA_LAPTOP, 60)).status());
        assertEquals(0, web.admin().inspection(bensOnly).comments().size());
    }

    @Test
    void anInspectorNotAssignedCannotUploadToTheInspectionNorRenewOrReleaseItsLock() {
        byte[] bytes = PhotoBytes.random(5_000, 11);
        String sha = PhotoBytes.contentOf(bytes).sha256();
        Reply upload = web.ana().send(PhotoBytes.patch(web.ana(), bensOnly, bytes, 0, bytes.length));
        assertEquals(403, upload.status(), upload.text());
        assertEquals("forbidden", upload.error().code());
        assertEquals("0", PhotoBytes.head(web.ben(), bensOnly, sha).header("Upload-Offset"), "no byte was kept");

        LockInfo bens = web.ben().post(Records.path(bensOnly, "/lock"), new LockRequest(Records.BEN_LAPTOP, 60))
                .as(LockInfo.class);
        try {
            String held = Records.path(bensOnly, "/lock/" + bens.lockId());
            Reply renew = web.ana().put(held, new LockRequest(ANA_LAPTOP, 60));
            Reply release = web.ana().delete(held);
            assertEquals(403, renew.status(), renew.text());
            assertEquals(403, release.status(), release.text());
            assertEquals(bens.withoutId(), web.ben().get(Records.path(bensOnly, "/lock")).as(LockState.class).lock(),
                    "Ben still holds his lock, with his lease");
        } finally {
            web.ben().delete(Records.path(bensOnly, "/lock/" + bens.lockId()));
        }
    }

    @Test
    void anUnknownInspectionIs404EvenForAnInspector() {
        Reply r = carla.get("/api/inspections/" + UUID.randomUUID() + "/changes");
        assertEquals(404, r.status());
        assertEquals("not_found", r.error().code());
    }

    @Test
    void theOfficeReachesEveryInspection() {
        assertEquals(200, web.office().get("/api/inspections/" + bensOnly + "/changes").status());
    }

    @Test
    void userTokensDoNotOpenTheAdminApiAndTheAdminTokenIsNotAUser() {
        assertEquals(401, web.office().get("/api/admin/users").status());
        assertEquals(401, web.adminApi().get("/api/me").status());
    }

    @Test
    void inspectorsCannotEditOrPublishOnTheWeb() {
        UUID commentId = web.admin().inspection(web.demo().inspectionId()).comments().get(0).comment().id();
        Reply edit = web.ana().post("/api/inspections/" + web.demo().inspectionId() + "/comments/" + commentId + "/edit",
                "{\"text\":\"mine now\"}");
        Reply publish = web.ana().post("/api/inspections/" + web.demo().inspectionId() + "/publish", "{}");
        assertEquals(403, edit.status());
        assertEquals(403, publish.status());
    }
}
