package io.fieldreport.web.inspections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.protocol.Health;
import io.fieldreport.sync.protocol.InspectionDetail;
import io.fieldreport.sync.protocol.InspectionList;
import io.fieldreport.sync.protocol.InspectionRecord;
import io.fieldreport.sync.protocol.Role;
import io.fieldreport.sync.protocol.UserRecord;
import io.fieldreport.sync.template.ResidentialTemplate;
import io.fieldreport.web.support.Reply;
import io.fieldreport.web.support.TestWeb;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InspectionEndpointsTest {

    @RegisterExtension
    static final TestWeb web = TestWeb.perClass();

    @Test
    void healthAnswersWithoutATokenWithTheWebsTime() {
        web.clock.advance(Duration.ofSeconds(1));
        Reply r = web.anonymous().get("/api/health");
        assertEquals(200, r.status());
        Health health = r.as(Health.class);
        assertEquals("ok", health.status());
        assertEquals(web.clock.millis(), health.serverTime());
        assertEquals(Long.toString(web.clock.millis()), r.header("X-Server-Time"));
    }

    @Test
    void everyAnswerCarriesTheServerTimeErrorsIncluded() {
        for (Reply r : List.of(web.anonymous().get("/api/me"), web.ana().get("/api/nothing-here"),
                web.ana().delete("/api/inspections"), web.ana().get("/api/inspections"))) {
            assertEquals(Long.toString(web.clock.millis()), r.header("X-Server-Time"), r.toString());
        }
    }

    /**
     * With Nagle's algorithm on, every answer with a body waits ~40 ms for the client's delayed ACK
     * (docs/BENCHMARKS.md has the measurement). A wall-clock bound here would fail on a loaded
     * machine and pass on a fast one whatever the code does, so this checks the switch instead: the
     * JDK server reads it once, when the first server is made, and the web must have set it by then.
     */
    @Test
    void theWebTurnsNagleOffForTheJdkServerBeforeServing() {
        assertEquals(200, web.ana().get("/api/me").status());
        assertEquals("true", System.getProperty("sun.net.httpserver.nodelay"));
    }

    @Test
    void meNamesTheCaller() {
        assertEquals(new UserRecord("u-ana", "Ana Reyes", Role.INSPECTOR), web.ana().get("/api/me").as(UserRecord.class));
        assertEquals(Role.OFFICE, web.office().get("/api/me").as(UserRecord.class).role());
    }

    @Test
    void anInspectorListsOnlyTheirInspectionsByScheduledDate() {
        var admin = web.admin();
        UUID later = admin.createInspection("9 Birch Lane", "L. Chen", LocalDate.of(2027, 1, 5));
        UUID sooner = admin.createInspection("3 Cedar Court", "M. Osei", LocalDate.of(2026, 12, 1));
        UUID notBens = admin.createInspection("77 Pine Road", "K. Novak", LocalDate.of(2026, 12, 2));
        admin.assign(web.demo().ben().id(), later);
        admin.assign(web.demo().ben().id(), sooner);

        List<UUID> bens = web.ben().get("/api/inspections").as(InspectionList.class).inspections().stream()
                .map(InspectionRecord::id).toList();
        assertEquals(List.of(web.demo().inspectionId(), sooner, later), bens);
        List<UUID> office = web.office().get("/api/inspections").as(InspectionList.class).inspections().stream()
                .map(InspectionRecord::id).toList();
        assertTrue(office.containsAll(List.of(later, sooner, notBens, web.demo().inspectionId())), "the office sees all");
    }

    @Test
    void anInspectionsDetailHasTheTemplatesSectionsInReportOrder() {
        Reply r = web.ana().get("/api/inspections/" + web.demo().inspectionId());
        InspectionDetail detail = r.as(InspectionDetail.class);
        assertEquals("1427 Alder Creek Road, Bend, OR 97701", detail.inspection().address());
        assertEquals(List.of("Ana Reyes", "Ben Okafor"), detail.inspection().inspectors());
        assertEquals(ResidentialTemplate.sections(), detail.sections());
    }

    @Test
    void anUnknownPathIs404AndAWrongMethodIs405WithAllow() {
        Reply missing = web.ana().get("/api/inspections/" + web.demo().inspectionId() + "/nothing");
        assertEquals(404, missing.status());
        assertEquals("not_found", missing.error().code());
        Reply wrong = web.ana().delete("/api/inspections/" + web.demo().inspectionId() + "/push");
        assertEquals(405, wrong.status());
        assertEquals("method_not_allowed", wrong.error().code());
        assertEquals("POST", wrong.header("Allow"));
        assertNotNull(wrong.error().message());
    }
}
