package io.fieldreport.bench.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestCounterTest {

    private final List<String> seen = new ArrayList<>();
    private final RequestCounter counter = new RequestCounter(seen::add);

    @Test
    void countsKeepAliveRequestsAndSkipsTheirBodies() {
        byte[] body = "GET /not-a-request HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        feedAll(join(
                ascii("POST /api/push HTTP/1.1\r\nHost: x\r\nContent-Length: " + body.length + "\r\n\r\n"), body,
                ascii("GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n")), 1_000);

        assertEquals(List.of("POST /api/push HTTP/1.1", "GET /api/health HTTP/1.1"), seen);
    }

    @Test
    void countsTheSameWhicheverPiecesTheSocketDelivers() {
        byte[] stream = join(
                ascii("PATCH /api/uploads/abc HTTP/1.1\r\nContent-Length: 5\r\n\r\n"), new byte[] {0, 10, 13, 10, 71},
                ascii("HEAD /api/uploads/abc HTTP/1.1\r\n\r\n"),
                ascii("DELETE /api/lock/1 HTTP/1.1\r\ncontent-length: 0\r\n\r\n"));
        feedAll(stream, 1);

        assertEquals(List.of("PATCH /api/uploads/abc HTTP/1.1", "HEAD /api/uploads/abc HTTP/1.1",
                "DELETE /api/lock/1 HTTP/1.1"), seen);
    }

    @Test
    void followsChunkedBodies() {
        feedAll(join(
                ascii("POST /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"),
                ascii("5\r\nGET /\r\n3;ext=1\r\n\r\n\r\n0\r\nX-Trailer: 1\r\n\r\n"),
                ascii("GET /b HTTP/1.1\r\n\r\n")), 7);

        assertEquals(List.of("POST /a HTTP/1.1", "GET /b HTTP/1.1"), seen);
    }

    @Test
    void refusesWhatIsNotHttp() {
        assertThrows(IllegalStateException.class, () -> feedAll(ascii("\u0016\u0003\u0001 hello\r\n\r\n"), 100));
    }

    private void feedAll(byte[] stream, int piece) {
        for (int i = 0; i < stream.length; i += piece) {
            counter.feed(stream, i, Math.min(piece, stream.length - i));
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] join(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
