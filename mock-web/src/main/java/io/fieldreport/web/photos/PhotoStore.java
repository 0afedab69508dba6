package io.fieldreport.web.photos;

import io.fieldreport.sync.protocol.PhotoContent;
import io.fieldreport.sync.store.PhotoFiles;
import io.fieldreport.web.http.ApiException;
import io.fieldreport.web.http.ConnectionLost;
import io.fieldreport.web.http.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The web's photo bytes. Verified photos live in a {@link PhotoFiles} store (named by SHA-256, each
 * complete or absent). An upload in progress is a partial file {@code uploads/<sha256>-<length>.part}:
 * its size is the upload's offset, so bytes that arrived before a cut are still counted after a
 * restart, and the total length cannot change between pieces.
 */
public final class PhotoStore {

    private static final int BUFFER = 64 * 1024;

    private final PhotoFiles verified;
    private final Path partials;
    private final long maxBytes;
    /** The hashes being appended to right now: one upload of the same bytes at a time, none kept after. */
    private final Set<String> uploading = ConcurrentHashMap.newKeySet();
    /** Moves forward after every change to which bytes are verified here (for remembered manifests). */
    private final AtomicLong changes = new AtomicLong();

    public PhotoStore(Path dataDir, long maxBytes) throws IOException {
        this.verified = new PhotoFiles(dataDir.resolve("photos"));
        this.partials = Files.createDirectories(dataDir.resolve("uploads"));
        this.maxBytes = maxBytes;
    }

    /**
     * A counter that moves forward after each photo's bytes become verified here or are removed: read
     * it before looking at which bytes are stored, and an unchanged value later proves nothing moved.
     */
    public long changes() {
        return changes.get();
    }

    public boolean isStored(String sha256) {
        return verified.contains(sha256);
    }

    /** The verified bytes' file and size, when the web holds them. */
    public Optional<Path> file(String sha256) {
        Path p = verified.path(sha256);
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }

    /**
     * The size of the verified bytes, or empty when the web does not hold them. A failure to read it
     * is thrown rather than taken for "absent" or for a size: the caller must not tell a client to
     * upload again, or that its bytes are the wrong length, because of a fault in the web's disk.
     */
    public Optional<Long> storedSize(String sha256) throws IOException {
        try {
            BasicFileAttributes file = Files.readAttributes(verified.path(sha256), BasicFileAttributes.class);
            return file.isRegularFile() ? Optional.of(file.size()) : Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    public UploadState state(String sha256) throws IOException {
        Optional<Long> size = verified.size(sha256);
        if (size.isPresent()) {
            return new UploadState(size.get(), size.get(), true);
        }
        Optional<Path> part = partial(sha256);
        if (part.isEmpty()) {
            return UploadState.NONE;
        }
        return new UploadState(Files.size(part.get()), lengthOf(part.get()), false);
    }

    /**
     * Appends one piece of an upload, tus style, and verifies the photo once the last byte is in.
     *
     * @param pieceLength the declared length of this piece, or -1 when the client did not say
     * @throws ApiException     for an offset the web does not stand at, a changed or too large
     *                          length, or bytes that do not hash to their name (then discarded)
     * @throws ConnectionLost   when the body broke off; the bytes that arrived are kept
     */
    public UploadState append(String sha256, long offset, long length, long pieceLength, InputStream body)
            throws IOException {
        if (length > maxBytes) {
            throw new ApiException(ErrorCode.TOO_LARGE,
                    "The photo is " + length + " bytes; the web accepts photos up to " + maxBytes + " bytes.");
        }
        if (!uploading.add(sha256)) {
            throw ApiException.offsetMismatch(state(sha256).offset(),
                    "Another upload of these bytes is in progress; ask where it stands (HEAD) and try again.");
        }
        try {
            return appendLocked(sha256, offset, length, pieceLength, body);
        } finally {
            uploading.remove(sha256);
        }
    }

    private UploadState appendLocked(String sha256, long offset, long length, long pieceLength, InputStream body)
            throws IOException {
        UploadState now = state(sha256);
        if (now.length() != null && now.length() != length) {
            throw ApiException.badRequest("Upload-Length " + length + " differs from the " + now.length()
                    + " bytes this upload " + (now.complete() ? "has" : "was started with") + ".");
        }
        if (offset != now.offset()) {
            throw ApiException.offsetMismatch(now.offset(), "The web holds " + now.offset()
                    + " bytes of this upload, not " + offset + "; send from there.");
        }
        if (now.complete()) {
            return now;
        }
        if (pieceLength > length - offset) {
            throw ApiException.badRequest("This piece (" + pieceLength + " bytes from offset " + offset
                    + ") goes past Upload-Length " + length + ".");
        }
        Path part = partials.resolve(sha256 + "-" + length + ".part");
        // An upload sent whole from its first byte is hashed as it arrives, so checking it costs no
        // second read of the file; one resumed after a cut is hashed from the disk once complete.
        MessageDigest digest = offset == 0 ? PhotoFiles.sha256() : null;
        long held = copy(body, part, length - offset, digest);
        if (held < length) {
            return new UploadState(held, length, false);
        }
        return verify(sha256, part, length, digest);
    }

    /**
     * Appends at most {@code room} bytes, each also into {@code digest} when given; on a broken body
     * keeps (and syncs) what arrived.
     */
    private static long copy(InputStream body, Path part, long room, MessageDigest digest) throws IOException {
        try (FileChannel ch = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            byte[] buffer = new byte[BUFFER];
            long left = room;
            try {
                int n;
                while (left > 0 && (n = body.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                    ch.write(ByteBuffer.wrap(buffer, 0, n));
                    if (digest != null) {
                        digest.update(buffer, 0, n);
                    }
                    left -= n;
                }
            } catch (IOException e) {
                ch.force(false);
                throw new ConnectionLost("the upload broke off after " + ch.size() + " bytes", e);
            }
            ch.force(false);
            return ch.size();
        }
    }

    private UploadState verify(String sha256, Path part, long length, MessageDigest digest) throws IOException {
        PhotoContent actual = digest != null ? new PhotoContent(HexFormat.of().formatHex(digest.digest()), length)
                : PhotoFiles.hash(part);
        if (!actual.sha256().equals(sha256)) {
            Files.deleteIfExists(part);
            throw new ApiException(ErrorCode.HASH_MISMATCH, "The " + length + " bytes received hash to "
                    + actual.sha256() + ", not to " + sha256 + "; the upload was discarded, send it again.");
        }
        verified.adopt(part, sha256);
        changes.incrementAndGet();
        return new UploadState(length, length, true);
    }

    /** How many uploads are being appended to now (for tests: nothing is kept once they end). */
    int uploadsInProgress() {
        return uploading.size();
    }

    /** Removes verified bytes (the admin API's simulated loss). @return whether they were there */
    public boolean remove(String sha256) throws IOException {
        boolean removed = Files.deleteIfExists(verified.path(sha256));
        changes.incrementAndGet();
        return removed;
    }

    private Optional<Path> partial(String sha256) throws IOException {
        try (DirectoryStream<Path> found = Files.newDirectoryStream(partials, sha256 + "-*.part")) {
            for (Path p : found) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static long lengthOf(Path part) {
        String name = part.getFileName().toString();
        return Long.parseLong(name.substring(name.indexOf('-') + 1, name.length() - ".part".length()));
    }
}
