package io.fieldreport.web;

import static io.fieldreport.web.support.Records.ANA_LAPTOP;
import static io.fieldreport.web.support.Records.at;
import static io.fieldreport.web.support.Records.change;
import static io.fieldreport.web.support.Records.comment;
import static io.fieldreport.web.support.Records.push;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.protocol.Change;
import io.fieldreport.sync.protocol.ChangeOutcome;
import io.fieldreport.sync.protocol.PushRequest;
import io.fieldreport.sync.protocol.PushResponse;
import io.fieldreport.sync.protocol.WireCodec;
import io.fieldreport.web.support.Api;
import io.fieldreport.web.support.OwnThread;
import io.fieldreport.web.support.Records;
import io.fieldreport.web.support.Reply;
import io.fieldreport.web.support.TestWeb;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web is stopped (as SIGTERM's shutdown hook stops it) while a push of the most changes a push
 * may carry is still arriving: the database stays healthy, the push is applied whole or not at all,
 * and the laptop's resend, which it makes because it may have seen no answer, is a replay.
 */
class StopDuringPushTest {

    @TempDir
    Path dir;

    @Test
    void aPushArrivingWhileTheWebStopsIsWholeOrAbsentAndItsResendIsAReplay() throws Exception {
        Path data = dir.resolve("web");
        List<Change> changes = new ArrayList<>();
        String text = "Efflorescence and a hairline crack along the foundation wall. ".repeat(30);
        for (int i = 0; i < PushRequest.MAX_CHANGES; i++) {
            changes.add(change(comment(UUID.randomUUID(), "structure.foundation", i + ": " + text, null,
                    at(1, ANA_LAPTOP), "Ana Reyes")));
        }
        PushRequest request = push(ANA_LAPTOP, changes.toArray(Change[]::new));
        byte[] body = new WireCodec().encode(request).getBytes(StandardCharsets.UTF_8);

        UUID inspection;
        Reply first;
        TestWeb web = TestWeb.start(data);
        try {
            inspection = web.newInspection();
            var halfSent = new CountDownLatch(1);
            var goOn = new CountDownLatch(1);
            Api ana = web.ana();
            var sending = OwnThread.supply(() -> {
                try {
                    return ana.trySend(ana.request(Records.push(inspection)).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new Gated(body, halfSent, goOn))));
                } catch (IOException cutOff) {
                    return null;
                }
            });
            assertTrue(halfSent.await(30, TimeUnit.SECONDS), "the push began");
            awaitInFlight(web);

            var stopping = OwnThread.run(web::close);
            awaitRefusingNewWork(web);
            goOn.countDown();
            stopping.get(30, TimeUnit.SECONDS);
            first = sending.get(30, TimeUnit.SECONDS);
        } finally {
            web.close();
        }

        try (var c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("web.db"));
             var s = c.createStatement(); var rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertEquals("ok", rs.getString(1));
        }
        try (TestWeb again = TestWeb.start(data)) {
            int held = again.admin().inspection(inspection).comments().size();
            assertTrue(held == 0 || held == PushRequest.MAX_CHANGES, "the push is whole or absent, not " + held + " changes");
            // The web let the push it was serving finish before it closed.
            assertEquals(200, first == null ? -1 : first.status(), first == null ? "no answer" : first.text());
            assertEquals(PushRequest.MAX_CHANGES, held, "the web answered, so it holds the push");

            PushResponse resent = resend(again, inspection, request);
            resent.results().forEach(r -> assertEquals(ChangeOutcome.APPLIED, r.outcome(), r.toString()));
            long seq = again.admin().inspection(inspection).changeSequence();
            assertEquals(resent, resend(again, inspection, request), "a resend is a replay: the same answers");
            assertEquals(seq, again.admin().inspection(inspection).changeSequence(), "and it changes nothing");
            assertEquals(PushRequest.MAX_CHANGES, again.admin().inspection(inspection).comments().size());
        }
    }

    private static PushResponse resend(TestWeb web, UUID inspection, PushRequest request) {
        Reply r = web.ana().post(Records.push(inspection), request);
        assertEquals(200, r.status(), r.text());
        return r.as(PushResponse.class);
    }

    /** Until the web is serving the push (it has its headers and reads its body), polled with a bound. */
    private static void awaitInFlight(TestWeb web) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (web.server().requestsInFlight() == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the web never began to serve the push");
            }
            Thread.onSpinWait();
        }
    }

    /** While it stops, the web answers new requests 503; polled with a bound, each poll a round trip. */
    private static void awaitRefusingNewWork(TestWeb web) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try {
                if (web.anonymous().trySend(web.anonymous().request("/api/health")).status() == 503) {
                    return;
                }
            } catch (IOException closedAlready) {
                return;
            }
        }
        throw new AssertionError("the web did not begin to stop within 10 s");
    }

    /** A request body that stops halfway until the test lets it go on. */
    private static final class Gated extends InputStream {
        private final byte[] bytes;
        private final CountDownLatch halfSent;
        private final CountDownLatch goOn;
        private int at;

        Gated(byte[] bytes, CountDownLatch halfSent, CountDownLatch goOn) {
            this.bytes = bytes;
            this.halfSent = halfSent;
            this.goOn = goOn;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int half = bytes.length / 2;
            if (at == half) {
                halfSent.countDown();
                try {
                    if (!goOn.await(30, TimeUnit.SECONDS)) {
                        throw new UncheckedIOException(new IOException("the test never let the push go on"));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new UncheckedIOException(new IOException("interrupted", e));
                }
            }
            if (at >= bytes.length) {
                return -1;
            }
            int end = at < half ? half : bytes.length;
            int n = Math.min(len, end - at);
            System.arraycopy(bytes, at, b, off, n);
            at += n;
            return n;
        }
    }
}
