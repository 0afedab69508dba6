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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

    @Test
    void aNewHashFolderIsMadeDurableInItsParentBeforeTheFileIsRenamedIntoIt() throws IOException {
        Path root = dir.resolve("photos");
        List<Path> synced = new ArrayList<>();
        var files = new PhotoFiles(root, synced::add);
        synced.clear();

        var first = files.store(new ByteArrayInputStream(new byte[] {1, 2, 3}), null);
        Path folder = files.path(first.sha256()).getParent();

        assertEquals(List.of(root.toAbsolutePath(), folder), synced, "photos/ for the new folder, then the folder");
    }

    @Test
    void aFileInAnExistingHashFolderSyncsOnlyThatFolder() throws IOException {
        Path root = dir.resolve("photos");
        List<Path> synced = new ArrayList<>();
        var files = new PhotoFiles(root, synced::add);
        var first = files.store(new ByteArrayInputStream(new byte[] {1, 2, 3}), null);
        Path folder = files.path(first.sha256()).getParent();
        byte[] other = sameFolderAs(first.sha256());
        synced.clear();

        var second = files.store(new ByteArrayInputStream(other), null);

        assertEquals(folder, files.path(second.sha256()).getParent());
        assertEquals(List.of(folder), synced);
    }

    @Test
    void theNewPhotoFolderItselfIsMadeDurableInTheProfile() {
        Path root = dir.resolve("profile").resolve("photos");
        List<Path> synced = new ArrayList<>();

        new PhotoFiles(root, synced::add);

        Path profile = dir.resolve("profile").toAbsolutePath();
        assertEquals(List.of(dir.toAbsolutePath(), profile, root.toAbsolutePath()), synced);
    }

    /** Bytes whose SHA-256 starts with the same two hex digits as {@code sha256}. */
    private static byte[] sameFolderAs(String sha256) {
        for (int i = 0; ; i++) {
            byte[] candidate = ("other " + i).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            var digest = PhotoFiles.sha256().digest(candidate);
            if (java.util.HexFormat.of().formatHex(digest).startsWith(sha256.substring(0, 2))) {
                return candidate;
            }
        }
    }
}
