package io.fieldreport.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.web.support.TestWeb;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A refused request's body is read to its end before the answer, so that a client which sends its
 * whole body before it reads (as simple clients do) hears why instead of a reset. How much the web
 * reads follows its configured limits, not a fixed size.
 */
class RefusedBodyTest {

    private static final long LIMIT = 40_000_000;

    @RegisterExtension
    static final TestWeb web = TestWeb.perClass(b -> b.maxPhotoBytes(LIMIT));

    @Test
    void aPhotoOverARaisedLimitSentWholeBeforeReadingHearsThatItIsTooLarge() throws IOException {
        UUID inspection = web.newInspection();
        long length = 79_000_000; // over the limit, and well over the 64 MB the web once read at most
        String sha = "ab".repeat(32);
        try (Socket socket = new Socket("127.0.0.1", web.server().port())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("PATCH /api/inspections/" + inspection + "/uploads/" + sha + " HTTP/1.1\r\n"
                    + "Host: 127.0.0.1\r\nConnection: close\r\nAuthorization: Bearer ana-demo-token\r\n"
                    + "Content-Type: application/offset+octet-stream\r\nUpload-Offset: 0\r\n"
                    + "Upload-Length: " + length + "\r\nContent-Length: " + length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[1 << 20];
            for (long sent = 0; sent < length; sent += chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, length - sent));
            }
            out.flush();
            var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String status = in.readLine();
            assertTrue(status.startsWith("HTTP/1.1 413 "), status);
            String rest = in.lines().reduce("", (a, b) -> a + b + "\n");
            assertTrue(rest.contains("\"too_large\""), rest);
        }
    }
}
