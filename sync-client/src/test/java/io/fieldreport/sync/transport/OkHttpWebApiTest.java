package io.fieldreport.sync.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.CancelToken;
import io.fieldreport.sync.protocol.LockRequest;
import io.fieldreport.sync.protocol.PhotoContent;
import io.fieldreport.sync.protocol.WireCodec;
import io.fieldreport.sync.store.PhotoFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP details of the protocol: headers, ranges, errors, streaming and cancellation. */
class OkHttpWebApiTest {

    @TempDir
    Path dir;
    MockWebServer server;
    OkHttpWebApi api;
    final AtomicLong serverTime = new AtomicLong();
    final UUID inspection = UUID.randomUUID();

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start(java.net.InetAddress.getLoopbackAddress(), 0);
        api = new OkHttpWebApi(server.url("/"), "tok-ana", new WireCodec(), Clock.systemUTC(),
                (t, sent, received) -> serverTime.set(t));
    }

    @AfterEach
    void stop() throws IOException {
        api.shutdown();
        server.shutdown();
    }

    private Path photo(int size) throws IOException {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (i * 31);
        }
        return Files.write(dir.resolve("p.jpg"), bytes);
    }

    @Test
    void sendsTheTokenAndLearnsTheServerTime() throws Exception {
        server.enqueue(new MockResponse().setHeader("X-Server-Time", "1795342867000")
                .setBody("{\"id\":\"u-ana\",\"name\":\"Ana Reyes\",\"role\":\"inspector\"}"));

        var me = api.me();

        assertEquals("Ana Reyes", me.name());
        RecordedRequest request = server.takeRequest();
        assertEquals("Bearer tok-ana", request.getHeader("Authorization"));
        assertEquals("/api/me", request.getPath());
        assertEquals(1795342867000L, serverTime.get());
    }

    @Test
    void anErrorBodyBecomesAWebExceptionWithItsCodeAndLockHolder() {
        server.enqueue(new MockResponse().setResponseCode(423).setBody("{\"error\":{\"code\":\"locked\","
                + "\"message\":\"Ben Okafor is syncing\",\"retryable\":true,\"lock\":{\"holderId\":\"u-ben\","
                + "\"holderName\":\"Ben Okafor\",\"deviceId\":\"lap-b\",\"acquiredAt\":1,\"expiresAt\":60001}}}"));

        var e = assertThrows(WebException.class, () -> api.acquireLock(inspection, new LockRequest("lap-a", 60)));

        assertEquals(423, e.status());
        assertTrue(e.is("locked"));
        assertTrue(e.retryable());
        assertEquals("Ben Okafor", e.lock().holderName());
        assertNull(e.lock().lockId());
    }

    @Test
    void anErrorWithoutTheProtocolsBodyStillSaysWhetherARetryCanHelp() {
        server.enqueue(new MockResponse().setResponseCode(502).setBody("<html>Bad gateway</html>"));
        var e = assertThrows(WebException.class, () -> api.inspections());
        assertEquals("http_502", e.code());
        assertTrue(e.retryable());
    }

    @Test
    void uploadSendsTheRestOfTheFileFromTheWebsOffset() throws Exception {
        Path file = photo(200_000);
        PhotoContent content = PhotoFiles.hash(file);
        server.enqueue(new MockResponse().setResponseCode(204).setHeader("Upload-Offset", "200000")
                .setHeader("Upload-Complete", "true"));
        AtomicLong counted = new AtomicLong();

        var status = api.upload(inspection, content, 150_000, file, counted::addAndGet);

        assertTrue(status.complete());
        RecordedRequest request = server.takeRequest();
        assertEquals("PATCH", request.getMethod());
        assertEquals("/api/inspections/" + inspection + "/uploads/" + content.sha256(), request.getPath());
        assertEquals("150000", request.getHeader("Upload-Offset"));
        assertEquals("200000", request.getHeader("Upload-Length"));
        byte[] all = Files.readAllBytes(file);
        assertArrayEquals(Arrays.copyOfRange(all, 150_000, 200_000), request.getBody().readByteArray());
        assertEquals(50_000, counted.get());
    }

    @Test
    void downloadResumesWithARangeAndAppends() throws Exception {
        Path source = photo(100_000);
        byte[] all = Files.readAllBytes(source);
        PhotoContent content = PhotoFiles.hash(source);
        Path target = dir.resolve("partial");
        Files.write(target, Arrays.copyOfRange(all, 0, 40_000));
        server.enqueue(new MockResponse().setResponseCode(206)
                .setHeader("Content-Range", "bytes 40000-99999/100000")
                .setBody(new Buffer().write(Arrays.copyOfRange(all, 40_000, 100_000))));

        api.download(inspection, content, 40_000, target, bytes -> { });

        assertEquals("bytes=40000-", server.takeRequest().getHeader("Range"));
        assertArrayEquals(all, Files.readAllBytes(target));
    }

    @Test
    void aWholeAnswerToARangeRequestReplacesThePartialFile() throws Exception {
        Path source = photo(10_000);
        byte[] all = Files.readAllBytes(source);
        Path target = Files.write(dir.resolve("partial"), new byte[] {9, 9, 9});
        server.enqueue(new MockResponse().setBody(new Buffer().write(all)));

        api.download(inspection, PhotoFiles.hash(source), 3, target, bytes -> { });

        assertArrayEquals(all, Files.readAllBytes(target));
    }

    @Test
    void cancellingAbortsACallThatIsWaitingForTheWeb() throws Exception {
        server.enqueue(new MockResponse().setHeadersDelay(4, TimeUnit.SECONDS).setBody("{\"inspections\":[]}"));
        CancelToken token = new CancelToken();
        var cancellable = api.cancellable(token);
        Thread canceller = new Thread(() -> {
            try {
                server.takeRequest(); // the request has reached the web
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            token.cancel();
        });
        canceller.start();
        long started = System.nanoTime();

        assertThrows(java.io.InterruptedIOException.class, cancellable::inspections);

        assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(3), "the call stopped before the web answered");
        canceller.join();
    }
}
