package io.fieldreport.sync.store;

import io.fieldreport.sync.protocol.PhotoContent;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Photo bytes as files named by their SHA-256 under the profile's {@code photos/} folder. A file
 * only ever appears under its final name complete and synced to disk (written to a temporary file,
 * fsynced, then renamed), so a name always means those exact bytes; the same bytes are stored once.
 */
public final class PhotoFiles {

    private static final int BUFFER = 64 * 1024;

    private final Path root;
    private final Path incoming;
    private final Consumer<Path> directorySync;

    public PhotoFiles(Path root) {
        this(root, PhotoFiles::syncDirectory);
    }

    /** With {@code directorySync} in place of the real fsync of a folder, for tests to watch. */
    PhotoFiles(Path root, Consumer<Path> directorySync) {
        this.root = root;
        this.incoming = root.resolve("incoming");
        this.directorySync = directorySync;
        try {
            createFolders(incoming);
        } catch (IOException e) {
            throw new StoreException("Cannot create the photo folder " + root + ": " + e.getMessage(), e);
        }
    }

    /** Where the bytes with this hash live (whether or not they are there yet). */
    public Path path(String sha256) {
        if (!PhotoContent.isSha256(sha256)) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    public boolean contains(String sha256) {
        return Files.isRegularFile(path(sha256));
    }

    /** Copies a photo into the store, hashing it on the way: never more than a buffer in memory. */
    public PhotoContent importFile(Path source) throws IOException {
        try (InputStream in = Files.newInputStream(source)) {
            return store(in, null);
        }
    }

    /**
     * Stores bytes from a stream. With {@code expected} given, bytes whose hash or size differ are
     * discarded and an {@link IOException} says so: a photo counts as stored only when it matches.
     */
    public PhotoContent store(InputStream in, PhotoContent expected) throws IOException {
        Path temp = incoming.resolve(UUID.randomUUID() + ".part");
        try {
            MessageDigest sha = sha256();
            long size;
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = new DigestOutputStream(Channels.newOutputStream(ch), sha)) {
                size = in.transferTo(out);
                out.flush();
                ch.force(true);
            }
            var content = new PhotoContent(HexFormat.of().formatHex(sha.digest()), size);
            if (expected != null && !expected.equals(content)) {
                throw new IOException("photo bytes do not match: expected " + expected.sha256() + " ("
                        + expected.size() + " bytes), got " + content.sha256() + " (" + content.size() + " bytes)");
            }
            moveIntoPlace(temp, content.sha256());
            return content;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Adopts a file already written and synced elsewhere in the profile (a verified download). */
    public void adopt(Path completeFile, String sha256) throws IOException {
        try {
            moveIntoPlace(completeFile, sha256);
        } finally {
            Files.deleteIfExists(completeFile);
        }
    }

    /**
     * Where a download of these bytes collects until verified. The name is stable, so a download cut
     * off (even by a restart) resumes from the bytes already here.
     */
    public Path partialDownload(String sha256) {
        path(sha256); // validates the name before it becomes part of a path
        return incoming.resolve(sha256 + ".download");
    }

    public Optional<Long> size(String sha256) {
        try {
            return Optional.of(Files.size(path(sha256)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Deletes every stored photo (the profile's work was removed). */
    void deleteAll() {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!p.equals(root) && !p.equals(incoming)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            throw new StoreException("Cannot remove the photos in " + root + ": " + e.getMessage(), e);
        }
    }

    /** Hashes a file on disk, reading it in pieces. */
    public static PhotoContent hash(Path file) throws IOException {
        MessageDigest sha = sha256();
        long size = 0;
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                sha.update(buffer, 0, n);
                size += n;
            }
        }
        return new PhotoContent(HexFormat.of().formatHex(sha.digest()), size);
    }

    private void moveIntoPlace(Path temp, String sha256) throws IOException {
        Path target = path(sha256);
        if (Files.exists(target)) {
            return; // the same bytes are already stored: keep one copy
        }
        createFolders(target.getParent());
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            return; // another writer stored the same bytes first
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the photo folder " + root + " does not support atomic renames", e);
        }
        directorySync.accept(target.getParent());
    }

    /**
     * Creates the folders missing on the way to {@code dir} and syncs the parent of each: a folder's
     * name lives in its parent, so without that a power cut could take away a new {@code photos/xx/}
     * and the file renamed into it while the committed row still names them.
     */
    private void createFolders(Path dir) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path d = dir.toAbsolutePath(); d != null && !Files.isDirectory(d); d = d.getParent()) {
            missing.add(d);
        }
        if (missing.isEmpty()) {
            return;
        }
        Files.createDirectories(dir);
        for (int i = missing.size() - 1; i >= 0; i--) {
            directorySync.accept(missing.get(i).getParent());
        }
    }

    /** Makes the rename itself durable; not possible (nor needed) on every platform. */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Windows cannot open a directory as a channel; its renames are durable once done.
        }
    }

    /** A fresh SHA-256 digest, the hash photos are named by. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
