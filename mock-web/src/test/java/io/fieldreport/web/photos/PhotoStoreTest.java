package io.fieldreport.web.photos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.web.http.ApiException;
import io.fieldreport.web.http.ErrorCode;
import io.fieldreport.web.support.OwnThread;
import io.fieldreport.web.support.PhotoBytes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhotoStoreTest {

    @TempDir
    Path dir;

    @Test
    void nothingIsKeptPerPhotoOnceItsUploadEnds() throws IOException {
        PhotoStore store = new PhotoStore(dir, 1_000_000);
        for (int i = 0; i < 500; i++) {
            byte[] bytes = PhotoBytes.random(100, i);
            String sha = PhotoBytes.contentOf(bytes).sha256();
            assertTrue(store.append(sha, 0, bytes.length, bytes.length, new ByteArrayInputStream(bytes)).complete());
        }
        assertEquals(0, store.uploadsInProgress(), "a web that took many photos must not hold something for each");
    }

    @Test
    void aSecondUploadOfTheSameBytesWhileOneRunsIsToldWhereItStands() throws Exception {
        PhotoStore store = new PhotoStore(dir, 1_000_000);
        byte[] bytes = PhotoBytes.random(10_000, 1);
        String sha = PhotoBytes.contentOf(bytes).sha256();
        var halfIn = new CountDownLatch(1);
        var goOn = new CountDownLatch(1);
        InputStream slow = new InputStream() {
            private int at;

            @Override
            public int read() throws IOException {
                if (at == 5_000) {
                    halfIn.countDown();
                    try {
                        if (!goOn.await(30, TimeUnit.SECONDS)) {
                            throw new IOException("the test never let the first upload go on");
                        }
                    } catch (InterruptedException e) {
                        throw new IOException(e);
                    }
                }
                return at < bytes.length ? bytes[at++] & 0xff : -1;
            }
        };
        var first = OwnThread.supply(() -> {
            try {
                return store.append(sha, 0, bytes.length, bytes.length, slow);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertTrue(halfIn.await(30, TimeUnit.SECONDS));

        ApiException second = assertThrows(ApiException.class,
                () -> store.append(sha, 0, bytes.length, bytes.length, new ByteArrayInputStream(bytes)));
        assertEquals(ErrorCode.OFFSET_MISMATCH, second.code());

        goOn.countDown();
        assertTrue(first.get(30, TimeUnit.SECONDS).complete());
        assertEquals(0, store.uploadsInProgress());
        assertTrue(store.append(sha, bytes.length, bytes.length, 0, InputStream.nullInputStream()).complete(),
                "once the first ended, the bytes are free again (and already whole)");
    }
}
