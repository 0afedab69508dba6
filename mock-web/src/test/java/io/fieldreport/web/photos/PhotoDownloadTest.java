package io.fieldreport.web.photos;

import static io.fieldreport.web.support.Records.ANA_LAPTOP;
import static io.fieldreport.web.support.Records.at;
import static io.fieldreport.web.support.Records.change;
import static io.fieldreport.web.support.Records.comment;
import static io.fieldreport.web.support.Records.photo;
import static io.fieldreport.web.support.Records.push;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.fieldreport.sync.protocol.ChangeOutcome;
import io.fieldreport.sync.protocol.ChangeResult;
import io.fieldreport.sync.protocol.PhotoContent;
import io.fieldreport.sync.protocol.PushResponse;
import io.fieldreport.sync.protocol.Rating;
import io.fieldreport.web.faults.PoorSignal;
import io.fieldreport.web.support.Api;
import io.fieldreport.web.support.PhotoBytes;
import io.fieldreport.web.support.Records;
import io.fieldreport.web.support.Reply;
import io.fieldreport.web.support.TestWeb;
import java.io.IOException;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PhotoDownloadTest {

    @RegisterExtension
    static final TestWeb web = TestWeb.perClass();
    UUID inspection;
    UUID photoId;
    Api ana;
    byte[] bytes;
    PhotoContent content;

    /** A comment with one uploaded photo on a fresh inspection. */
    @BeforeEach
    void photoOnTheWeb() {
        inspection = web.newInspection();
        ana = web.ana();
        bytes = PhotoBytes.random(120_000, System.nanoTime());
        content = PhotoBytes.upload(ana, inspection, bytes);
        var c = comment(UUID.randomUUID(), "roof.coverings", "see photo", Rating.DEFECT, at(1, ANA_LAPTOP), "Ana Reyes");
        photoId = UUID.randomUUID();
        var p = photo(photoId, c.id(), content, "north slope", at(2, ANA_LAPTOP), "Ana Reyes");
        var results = ana.post(Records.push(inspection), push(ANA_LAPTOP, change(c), change(p))).as(PushResponse.class);
        results.results().forEach(r -> assertEquals(ChangeOutcome.APPLIED, r.outcome(), r.toString()));
    }

    private String photoPath() {
        return Records.path(inspection, "/photos/" + content.sha256());
    }

    @Test
    void aWholeDownloadCarriesTheBytesAndTheirName() {
        Reply r = ana.get(photoPath());
        assertEquals(200, r.status());
        assertArrayEquals(bytes, r.body());
        assertEquals("\"" + content.sha256() + "\"", r.header("ETag"));
        assertEquals("bytes", r.header("Accept-Ranges"));
        assertEquals("120000", r.header("Content-Length"));
    }

    @Test
    void aRangedDownloadResumesFromAnOffset() {
        Reply r = ana.send(ana.request(photoPath()).header("Range", "bytes=100000-"));
        assertEquals(206, r.status());
        assertEquals("bytes 100000-119999/120000", r.header("Content-Range"));
        assertArrayEquals(Arrays.copyOfRange(bytes, 100_000, 120_000), r.body());
    }

    @Test
    void aRangeBeyondThePhotoIs416() {
        Reply r = ana.send(ana.request(photoPath()).header("Range", "bytes=120000-"));
        assertEquals(416, r.status());
        assertEquals("range_not_satisfiable", r.error().code());
        assertEquals("bytes */120000", r.header("Content-Range"));
    }

    @Test
    void aDownloadCutByPoorSignalResumesWithARange() {
        web.admin().setPoorSignal(new PoorSignal(0, 0, 0, 0, 0, 50_000, null));
        try {
            assertThrows(IOException.class, () -> ana.trySend(ana.request(photoPath())), "cut after 50,000 bytes");
            assertThrows(IOException.class, () -> ana.trySend(ana.request(photoPath()).header("Range", "bytes=50000-")),
                    "the second piece is cut after 50,000 bytes too");
            Reply last = ana.send(ana.request(photoPath()).header("Range", "bytes=100000-"));
            assertEquals(206, last.status(), "20,000 bytes fit under the cut");
            assertArrayEquals(Arrays.copyOfRange(bytes, 100_000, 120_000), last.body());
        } finally {
            web.admin().setPoorSignal(PoorSignal.OFF);
        }
    }

    @Test
    void onlyBytesUsedByAPhotoOfThisInspectionCanBeDownloadedThroughIt() {
        UUID other = web.newInspection();
        Reply r = ana.get(Records.path(other, "/photos/" + content.sha256()));
        assertEquals(404, r.status());
        assertEquals("not_found", r.error().code());
    }

    @Test
    void bytesTheWebLostAre404AndThePushOfAPhotoWithoutBytesIsRejected() {
        web.admin().removePhotoBytes(inspection, photoId);
        assertEquals(404, ana.get(photoPath()).status());

        var c = comment(UUID.randomUUID(), "roof.flashings", "x", null, at(3, ANA_LAPTOP), "Ana Reyes");
        PhotoContent never = PhotoBytes.contentOf(PhotoBytes.random(10, 42));
        var p = photo(UUID.randomUUID(), c.id(), never, "", at(4, ANA_LAPTOP), "Ana Reyes");
        ChangeResult result = ana.post(Records.push(inspection), push(ANA_LAPTOP, change(c), change(p)))
                .as(PushResponse.class).results().get(1);
        assertEquals("photo_not_uploaded", result.reason());
        assertEquals(true, result.retryable());
    }
}
