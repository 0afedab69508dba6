package io.fieldreport.sync.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.protocol.PhotoContent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhotoFilesTest {

    @TempDir
    Path dir;

    private long regularFiles() throws IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    /** Delivers some bytes and then fails, like a cable pulled during a copy. */
    private static InputStream failingAfter(int bytes) {
        return new InputStream() {
            int sent;

            @Override
            public int read() throws IOException {
                if (sent == bytes) {
                    throw new IOException("connection reset");
                }
                sent++;
                return 7;
            }
        };
    }

    @Test
    void anInterruptedWriteLeavesNoFileUnderAnyName() throws IOException {
        var files = new PhotoFiles(dir);

        assertThrows(IOException.class, () -> files.store(failingAfter(100_000), null));

        assertEquals(0, regularFiles());
    }

    @Test
    void bytesThatDoNotMatchTheExpectedHashAreDiscarded() throws IOException {
        var files = new PhotoFiles(dir);
        var expected = new PhotoContent("0".repeat(64), 3);

        var e = assertThrows(IOException.class, () -> files.store(new ByteArrayInputStream(new byte[] {1, 2, 3}), expected));

        assertTrue(e.getMessage().contains("do not match"), e.getMessage());
        assertFalse(files.contains(expected.sha256()));
        assertEquals(0, regularFiles());
    }

    @Test
    void theSameBytesAreStoredOnceUnderTheirHash() throws IOException {
        var files = new PhotoFiles(dir);
        byte[] bytes = new byte[300_000];
        Arrays.fill(bytes, (byte) 42);

        var a = files.store(new ByteArrayInputStream(bytes), null);
        var b = files.store(new ByteArrayInputStream(bytes), a);

        assertEquals(a, b);
        assertEquals(300_000, a.size());
        assertEquals(a, PhotoFiles.hash(files.path(a.sha256())));
        assertEquals(1, regularFiles());
    }
}
