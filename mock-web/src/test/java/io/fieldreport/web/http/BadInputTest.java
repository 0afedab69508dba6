package io.fieldreport.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.web.admin.InspectionSnapshot;
import io.fieldreport.web.support.Api;
import io.fieldreport.web.support.Reply;
import io.fieldreport.web.support.TestWeb;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad input of issue 3 §6 gets a clear JSON error and changes nothing. */
class BadInputTest {

    private static final String COMMENT = "{\"changeId\":\"5b1c2a4e-8d3b-4c1a-9e2f-0a1b2c3d4e5f\",\"comment\":{"
            + "\"id\":\"0f8fad5b-d9cb-469f-a165-70867728950e\",\"itemId\":\"%s\","
            + "\"created\":\"0001795342860000-00000-lap-3f9a0c1b2d4e\","
            + "\"text\":{\"value\":%s,\"stamp\":\"0001795342867000-00000-lap-3f9a0c1b2d4e\",\"author\":\"Ana Reyes\"}}}";

    @RegisterExtension
    static final TestWeb web = TestWeb.perClass(b -> b.maxJsonBytes(64 * 1024));
    static UUID demo;
    InspectionSnapshot before;

    @BeforeAll
    static void start() {
        demo = web.demo().inspectionId();
    }

    @BeforeEach
    void remember() {
        before = web.admin().inspection(demo);
    }

    @AfterEach
    void nothingChanged() {
        assertEquals(before, web.admin().inspection(demo), "a refused request changed the web");
    }

    private static String pushWith(String itemId, String textJson) {
        return "{\"deviceId\":\"lap-3f9a0c1b2d4e\",\"changes\":[" + String.format(COMMENT, itemId, textJson) + "]}";
    }

    static Stream<Arguments> badPushes() {
        return Stream.of(
                Arguments.of("malformed JSON", "{\"deviceId\": \"lap-3f9a0c1b2d4e\", \"changes\": [", "ends too early"),
                Arguments.of("not JSON at all", "hello", "invalid PushRequest"),
                Arguments.of("a number where text belongs", pushWith("roof.coverings", "42"), "expected a string"),
                Arguments.of("a string where a list belongs", "{\"deviceId\":\"lap-3f9a0c1b2d4e\",\"changes\":\"all\"}", "PushRequest"),
                Arguments.of("a missing field", "{\"changes\":[]}", "missing field 'deviceId'"),
                Arguments.of("an invalid device id", "{\"deviceId\":\"../etc\",\"changes\":[]}", "invalid deviceId"),
                Arguments.of("trailing data", "{\"deviceId\":\"lap-3f9a0c1b2d4e\",\"changes\":[]} []", "PushRequest"),
                Arguments.of("an empty body", "", "needs a JSON body"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPushes")
    void aBadPushIs400WithAClearMessage(String what, String body, String message) {
        Reply r = web.ana().raw("POST", "/api/inspections/" + demo + "/push", body);
        assertEquals(400, r.status(), what + ": " + r.text());
        assertEquals("bad_request", r.error().code());
        assertFalse(r.error().retryable());
        assertTrue(r.error().message().contains(message), what + ": " + r.error().message());
    }

    @Test
    void anUnknownItemIsRejectedInTheResult() {
        Reply r = web.ana().raw("POST", "/api/inspections/" + demo + "/push", pushWith("roof.moon-roof", "\"x\""));
        assertEquals(200, r.status());
        assertTrue(r.text().contains("\"reason\":\"unknown_item\""), r.text());
    }

    @Test
    void anUnknownInspectionIs404() {
        Reply r = web.ana().raw("POST", "/api/inspections/" + UUID.randomUUID() + "/push", pushWith("roof.coverings", "\"x\""));
        assertEquals(404, r.status());
        assertEquals("not_found", r.error().code());
    }

    @Test
    void aBodyOverTheLimitIs413() {
        String huge = "\"" + "a".repeat(70 * 1024) + "\"";
        Reply r = web.ana().raw("POST", "/api/inspections/" + demo + "/push", pushWith("roof.coverings", huge));
        assertEquals(413, r.status());
        assertEquals("too_large", r.error().code());
    }

    @Test
    void aBodyThatIsNotUtf8Is400() {
        Api ana = web.ana();
        byte[] latin1 = pushWith("roof.coverings", "\"caf\u00e9\"").getBytes(StandardCharsets.ISO_8859_1);
        Reply r = ana.send(ana.request("/api/inspections/" + demo + "/push")
                .POST(HttpRequest.BodyPublishers.ofByteArray(latin1)));
        assertEquals(400, r.status());
        assertTrue(r.error().message().contains("UTF-8"));
    }

    static Stream<String> pathTricks() {
        String sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        return Stream.of(
                "GET /api/inspections/%2e%2e/changes",
                "GET /api/inspections/..%2f..%2fetc/changes",
                "GET /api/inspections/not-a-uuid/changes",
                "GET /api/inspections/{demo}/photos/..%2F..%2Fweb.db",
                "GET /api/inspections/{demo}/photos/" + sha.toUpperCase(),
                "GET /api/inspections/{demo}/photos/" + sha.substring(1),
                "GET /api/inspections/{demo}/photos/zz" + sha.substring(2),
                "HEAD /api/inspections/{demo}/uploads/%2e%2e%2fweb.db",
                "PATCH /api/inspections/{demo}/uploads/../../web.db",
                "DELETE /api/inspections/{demo}/lock/..",
                "DELETE /api/inspections/{demo}/lock/not-a-lock-id",
                "GET /api/inspections/{demo}%00/changes",
                "GET /api/inspections/{demo}/photos/" + sha + ";.png");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pathTricks")
    void pathTricksAreRefusedBeforeTouchingTheDisk(String request) throws Exception {
        String method = request.substring(0, request.indexOf(' '));
        String raw = request.substring(method.length() + 1).replace("{demo}", demo.toString());
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(web.server().baseUrl() + raw))
                        .header("Authorization", "Bearer ana-demo-token")
                        .header("Content-Type", "application/offset+octet-stream")
                        .header("Upload-Offset", "0").header("Upload-Length", "3")
                        .method(method, HttpRequest.BodyPublishers.ofString("abc")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, r.statusCode(), raw + " -> " + r.body());
        if (!method.equals("HEAD")) {
            assertTrue(r.body().contains("\"code\":\"bad_request\""), r.body());
        }
        try (var files = Files.list(web.dataDir().resolve("uploads"))) {
            assertEquals(0, files.count(), "no partial file was created");
        }
    }

    @Test
    void aMissingOrExpiredTokenIs401() {
        assertEquals(401, web.anonymous().raw("POST", "/api/inspections/" + demo + "/push", pushWith("roof.coverings", "\"x\"")).status());
        UUID his = web.newInspection();
        var dan = web.admin().createUser("Dan Hale", io.fieldreport.sync.protocol.Role.INSPECTOR);
        web.admin().assign(dan.id(), his);
        web.admin().revokeToken(dan.id());
        Reply r = web.anonymous().as(dan.token()).raw("POST", "/api/inspections/" + his + "/push", pushWith("roof.coverings", "\"x\""));
        assertEquals(401, r.status());
        assertEquals("unauthorized", r.error().code());
        assertTrue(web.admin().inspection(his).comments().isEmpty());
    }
}
