package io.fieldreport.web.faults;

import static io.fieldreport.web.support.Records.ANA_LAPTOP;
import static io.fieldreport.web.support.Records.at;
import static io.fieldreport.web.support.Records.change;
import static io.fieldreport.web.support.Records.comment;
import static io.fieldreport.web.support.Records.push;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.protocol.Change;
import io.fieldreport.sync.protocol.ChangeOutcome;
import io.fieldreport.sync.protocol.PushResponse;
import io.fieldreport.web.support.Api;
import io.fieldreport.web.support.PhotoBytes;
import io.fieldreport.web.support.Records;
import io.fieldreport.web.support.Reply;
import io.fieldreport.web.support.TestWeb;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PoorSignalTest {

    @RegisterExtension
    static final TestWeb web = TestWeb.perClass();

    @AfterEach
    void goodSignal() {
        web.admin().setPoorSignal(PoorSignal.OFF);
    }

    private static PoorSignal failing(int percent, Long seed) {
        return new PoorSignal(0, 0, percent, 0, 0, 0, seed);
    }

    /** Which of 40 requests fail, as a pattern of F and . */
    private String failurePattern(Api api) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            out.append(api.get("/api/me").status() == 503 ? 'F' : '.');
        }
        return out.toString();
    }

    @Test
    void aShareOfRequestsFailsWith503AndTheSameSeedFailsTheSameRequests() {
        web.admin().setPoorSignal(failing(30, 7L));
        String first = failurePattern(web.ana());
        web.admin().setPoorSignal(failing(30, 7L));
        String second = failurePattern(web.ana());

        assertEquals(first, second);
        long failed = first.chars().filter(ch -> ch == 'F').count();
        assertTrue(failed > 3 && failed < 25, "about 30% of 40 fail: " + first);
    }

    @Test
    void aFailedRequestIsARetryable503AndChangesNothing() {
        UUID inspection = web.newInspection();
        web.admin().setPoorSignal(failing(100, null));
        var c = comment(UUID.randomUUID(), "roof.coverings", "x", null, at(1, ANA_LAPTOP), "Ana Reyes");
        Reply r = web.ana().post(Records.push(inspection), push(ANA_LAPTOP, change(c)));
        assertEquals(503, r.status());
        assertEquals("unavailable", r.error().code());
        assertTrue(r.error().retryable());
        assertTrue(web.admin().inspection(inspection).comments().isEmpty());
    }

    @Test
    void theAdminApiAndTheEditorPageStayReachableButTheProtocolDoesNot() {
        web.admin().setPoorSignal(failing(100, null));
        assertEquals(200, web.adminApi().get("/api/admin/poor-signal").status());
        assertEquals(200, web.anonymous().get("/editor/").status());
        assertEquals(503, web.anonymous().get("/api/health").status());
    }

    @Test
    void aDroppedAnswerLeavesThePushAppliedAndTheResendIsAReplay() throws IOException {
        UUID inspection = web.newInspection();
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            changes.add(change(comment(UUID.randomUUID(), "interior.floors", "stain " + i, null, at(i, ANA_LAPTOP), "Ana Reyes")));
        }
        var request = push(ANA_LAPTOP, changes.toArray(Change[]::new));
        Api ana = web.ana();
        web.admin().setPoorSignal(new PoorSignal(0, 0, 0, 100, 0, 0, null));
        assertThrows(IOException.class, () -> ana.trySend(ana.request(Records.push(inspection))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(new io.fieldreport.sync.protocol.WireCodec()
                        .encode(request)))));
        assertEquals(5, web.admin().inspection(inspection).comments().size(), "the web did the work");

        web.admin().setPoorSignal(PoorSignal.OFF);
        long seq = web.admin().inspection(inspection).changeSequence();
        PushResponse resend = ana.post(Records.push(inspection), request).as(PushResponse.class);
        resend.results().forEach(r -> assertEquals(ChangeOutcome.APPLIED, r.outcome()));
        assertEquals(seq, web.admin().inspection(inspection).changeSequence(), "the resend changed nothing");
    }

    @Test
    void latencyDelaysEveryRequest() {
        web.admin().setPoorSignal(new PoorSignal(300, 0, 0, 0, 0, 0, null));
        long start = System.nanoTime();
        assertEquals(200, web.ana().get("/api/me").status());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis >= 300, "took " + millis + " ms");
    }

    @Test
    void aBandwidthCapSlowsPhotoTransfers() {
        UUID inspection = web.newInspection();
        byte[] bytes = PhotoBytes.random(64_000, 5);
        web.admin().setPoorSignal(new PoorSignal(0, 512, 0, 0, 0, 0, null)); // 64,000 bytes a second
        long start = System.nanoTime();
        PhotoBytes.upload(web.ana(), inspection, bytes);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis >= 900, "64,000 bytes at 512 kbit/s take about a second, took " + millis + " ms");
    }
}
