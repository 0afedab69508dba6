package io.fieldreport.sync.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.fieldreport.sync.protocol.PhotoContent;
import io.fieldreport.sync.protocol.Rating;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhotoQueueTest {

    @TempDir
    Path dir;

    private ProfileFixture f;
    private PhotoQueue queue;

    @BeforeEach
    void open() {
        f = new ProfileFixture(dir.resolve("profile"));
        queue = new PhotoQueue(f.profile.db());
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void bytesTheWebHasNotConfirmedAreToUploadUntilItDoes() throws Exception {
        PhotoContent first = addPhoto("first", new byte[] {1, 2, 3});
        PhotoContent second = addPhoto("second", new byte[] {4, 5});

        assertEquals(List.of(first, second), queue.toUpload(null).stream().map(PhotoQueue.Transfer::content).toList());
        queue.markOnWeb(first.sha256());
        assertEquals(List.of(second), queue.toUpload(f.inspection).stream().map(PhotoQueue.Transfer::content).toList());
        queue.markOnWeb(second.sha256());
        assertEquals(List.of(), queue.toUpload(null));
        assertEquals(List.of(), queue.toUpload(f.inspection));
    }

    @Test
    void theAnswerIsASnapshotNoCallerCanChangeWhetherOrNotSomethingWaits() throws Exception {
        PhotoContent only = addPhoto("only", new byte[] {9});
        var transfer = new PhotoQueue.Transfer(f.inspection, only);

        List<PhotoQueue.Transfer> waiting = queue.toUpload(null);
        assertThrows(UnsupportedOperationException.class, () -> waiting.remove(0));
        queue.markOnWeb(only.sha256());
        List<PhotoQueue.Transfer> none = queue.toUpload(null);
        assertThrows(UnsupportedOperationException.class, () -> none.add(transfer));

        assertEquals(List.of(transfer), waiting, "an earlier answer does not follow the queue");
        assertEquals(List.of(), queue.toUpload(null));
    }

    private PhotoContent addPhoto(String caption, byte[] bytes) throws Exception {
        var comment = f.edits.addComment(f.inspection, "roof.coverings", caption, Rating.DEFECT);
        Path file = Files.write(dir.resolve(caption + ".jpg"), bytes);
        return f.edits.addPhoto(comment.id(), file, caption).content().value();
    }
}
