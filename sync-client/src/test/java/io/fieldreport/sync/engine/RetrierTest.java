package io.fieldreport.sync.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.CancelToken;
import io.fieldreport.sync.Operation;
import io.fieldreport.sync.SyncListener;
import io.fieldreport.sync.WebUnreachableException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** When the web cannot be reached, the message says what is still to send and to download. */
class RetrierTest {

    @Test
    void theUnreachableMessageCountsChangesAndPhotosToSendAndPhotosToDownload() {
        var retrier = new Retrier(new Backoff(0, 0, 2), (m, c) -> { }, () -> new Retrier.Pending(3, 2, 4));

        var e = assertThrows(WebUnreachableException.class, () -> retrier.call("sending changes", new CancelToken(),
                new Progress(Operation.SAVE, SyncListener.NONE), () -> {
                    throw new IOException("timeout");
                }));

        assertTrue(e.getMessage().contains("3 changes and 2 photos are still to send; 4 photos are still to download."),
                e.getMessage());
        assertEquals(3, e.pending());
        assertEquals(2, e.photosToSend());
        assertEquals(4, e.photosToDownload());
    }

    @Test
    void eachCountIsWordedOnItsOwn() {
        assertEquals("1 change is still to send. Your work stays on this laptop and goes with the next Save or Sync.",
                Retrier.still(new Retrier.Pending(1, 0, 0)));
        assertEquals("2 photos are still to send. Your work stays on this laptop and goes with the next Save or Sync.",
                Retrier.still(new Retrier.Pending(0, 2, 0)));
        assertEquals("1 photo is still to download; the next Sync brings it.", Retrier.still(new Retrier.Pending(0, 0, 1)));
        assertEquals("Nothing is waiting to be sent.", Retrier.still(new Retrier.Pending(0, 0, 0)));
    }
}
