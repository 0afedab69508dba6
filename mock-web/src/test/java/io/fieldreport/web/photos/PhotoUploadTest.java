package io.fieldreport.web.photos;

import static io.fieldreport.web.support.PhotoBytes.contentOf;
import static io.fieldreport.web.support.PhotoBytes.head;
import static io.fieldreport.web.support.PhotoBytes.patch;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.web.faults.PoorSignal;
import io.fieldreport.web.support.Api;
import io.fieldreport.web.support.PhotoBytes;
import io.fieldreport.web.support.Reply;
import io.fieldreport.web.support.TestWeb;
import java.io.IOException;
import java.nio.file.Files;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhotoUploadTest {

    @RegisterExtension
    static final TestWeb web = TestWeb.perClass(b -> b.maxPhotoBytes(2_000_000));
    UUID inspection;
    Api ana;

    @BeforeEach
    void freshInspection() {
        inspection = web.newInspection();
        ana = web.ana();
    }

    @AfterEach
    void goodSignal() {
        web.admin().setPoorSignal(PoorSignal.OFF);
    }

    private static long offset(Reply r) {
        return Long.parseLong(r.header("Upload-Offset"));
    }

    @Test
    void anUnknownUploadStandsAtZeroAndAWholeOneCompletes() {
        byte[] bytes = PhotoBytes.random(300_000, 1);
        String sha = contentOf(bytes).sha256();
        Reply before = head(ana, inspection, sha);
        assertEquals(200, before.status());
        assertEquals(0, offset(before));
        assertNull(before.header("Upload-Complete"));

        Reply done = ana.send(patch(ana, inspection, bytes, 0, bytes.length));
        assertEquals(204, done.status(), done.text());
        assertEquals("true", done.header("Upload-Complete"));
        Reply after = head(ana, inspection, sha);
        assertEquals(bytes.length, offset(after));
        assertEquals("true", after.header("Upload-Complete"));
        assertEquals(Integer.toString(bytes.length), after.header("Upload-Length"));
    }

    @ParameterizedTest(name = "cut after {0} bytes")
    @ValueSource(ints = {1, 65_536, 199_999})
    void anUploadCutByPoorSignalKeepsItsBytesAndResumesFromThere(int cut) throws IOException {
        byte[] bytes = PhotoBytes.random(200_000, cut);
        String sha = contentOf(bytes).sha256();
        web.admin().setPoorSignal(new PoorSignal(0, 0, 0, 0, cut, 0, null));

        assertThrows(IOException.class, () -> ana.trySend(patch(ana, inspection, bytes, 0, bytes.length)),
                "the connection is cut, so no answer arrives");
        Reply where = head(ana, inspection, sha);
        assertEquals(cut, offset(where), "the bytes that arrived before the cut are kept");
        assertEquals("200000", where.header("Upload-Length"));

        web.admin().setPoorSignal(PoorSignal.OFF);
        Reply rest = ana.send(patch(ana, inspection, bytes, cut, bytes.length));
        assertEquals(204, rest.status(), rest.text());
        assertEquals("true", rest.header("Upload-Complete"));
        assertArrayEquals(bytes, Files.readAllBytes(web.dataDir().resolve("photos").resolve(sha.substring(0, 2)).resolve(sha)));
    }

    @Test
    void aPhotoArrivesInSeveralCutPiecesAndIsVerifiedOnlyAtTheEnd() {
        byte[] bytes = PhotoBytes.random(250_000, 99);
        String sha = contentOf(bytes).sha256();
        web.admin().setPoorSignal(new PoorSignal(0, 0, 0, 0, 100_000, 0, null));
        int tries = 0;
        long at = 0;
        while (at < bytes.length && tries++ < 10) {
            try {
                ana.trySend(patch(ana, inspection, bytes, (int) at, bytes.length));
            } catch (IOException expectedCut) {
                // the laptop asks where the upload stands and goes on from there
            }
            at = offset(head(ana, inspection, sha));
            assertTrue(at < bytes.length || "true".equals(head(ana, inspection, sha).header("Upload-Complete")));
        }
        assertEquals(3, tries, "100,000 bytes get through per request: three requests for 250,000");
        assertEquals("true", head(ana, inspection, sha).header("Upload-Complete"));
    }

    @Test
    void bytesThatDoNotMatchTheirHashAreDiscarded() {
        byte[] bytes = PhotoBytes.random(50_000, 7);
        String claimed = contentOf(PhotoBytes.random(50_000, 8)).sha256();
        Reply r = ana.send(ana.request(PhotoBytes.uploadPath(inspection, claimed))
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofByteArray(bytes))
                .header("Content-Type", "application/offset+octet-stream")
                .header("Upload-Offset", "0").header("Upload-Length", "50000"));

        assertEquals(422, r.status());
        assertEquals("hash_mismatch", r.error().code());
        Reply where = head(ana, inspection, claimed);
        assertEquals(0, offset(where), "the partial upload is gone: the next attempt starts from zero");
        assertNull(where.header("Upload-Complete"));
    }

    @Test
    void aPieceThatStartsElsewhereGets409WithTheWebsOffset() {
        byte[] bytes = PhotoBytes.random(10_000, 3);
        ana.send(patch(ana, inspection, bytes, 0, 4_000));
        Reply r = ana.send(patch(ana, inspection, bytes, 6_000, 10_000));
        assertEquals(409, r.status());
        assertEquals("offset_mismatch", r.error().code());
        assertTrue(r.error().retryable());
        assertEquals("4000", r.header("Upload-Offset"));
    }

    @Test
    void theUploadLengthCannotChangeBetweenPieces() {
        byte[] bytes = PhotoBytes.random(10_000, 4);
        ana.send(patch(ana, inspection, bytes, 0, 4_000));
        Reply r = ana.send(patch(ana, inspection, bytes, 4_000, 10_000).setHeader("Upload-Length", "12000"));
        assertEquals(400, r.status());
        assertEquals("bad_request", r.error().code());
        assertEquals(4_000, offset(head(ana, inspection, contentOf(bytes).sha256())));
    }

    @Test
    void aPhotoOverTheLimitIsRefusedBeforeAnyByteIsKept() {
        byte[] bytes = PhotoBytes.random(2_000_001, 5);
        Reply r = ana.send(patch(ana, inspection, bytes, 0, bytes.length));
        assertEquals(413, r.status());
        assertEquals("too_large", r.error().code());
        assertEquals(0, offset(head(ana, inspection, contentOf(bytes).sha256())));
    }

    @Test
    void theSameBytesAreStoredOnceAndASecondUploadHasNothingToSend() throws IOException {
        byte[] bytes = PhotoBytes.random(20_000, 6);
        PhotoBytes.upload(ana, inspection, bytes);
        UUID other = web.newInspection();
        Reply where = head(web.ben(), other, contentOf(bytes).sha256());
        assertEquals("true", where.header("Upload-Complete"));
        assertEquals(20_000, offset(where));
        try (var files = Files.walk(web.dataDir().resolve("photos"))) {
            String sha = contentOf(bytes).sha256();
            assertEquals(1, files.filter(p -> p.getFileName().toString().equals(sha)).count());
        }
    }

    @Test
    void aPieceNeedsItsHeaders() {
        byte[] bytes = PhotoBytes.random(1_000, 9);
        Reply noType = ana.send(patch(ana, inspection, bytes, 0, 1_000).setHeader("Content-Type", "image/jpeg"));
        Reply noOffset = ana.send(ana.request(PhotoBytes.uploadPath(inspection, contentOf(bytes).sha256()))
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofByteArray(bytes))
                .header("Content-Type", "application/offset+octet-stream").header("Upload-Length", "1000"));
        Reply badOffset = ana.send(patch(ana, inspection, bytes, 0, 1_000).setHeader("Upload-Offset", "-1"));
        for (Reply r : new Reply[] {noType, noOffset, badOffset}) {
            assertEquals(400, r.status(), r.text());
            assertEquals("bad_request", r.error().code());
        }
    }
}
