package io.fieldreport.sync.engine;

import io.fieldreport.sync.SyncCancelledException;
import io.fieldreport.sync.SyncException;
import io.fieldreport.sync.protocol.PhotoContent;
import io.fieldreport.sync.store.PhotoFiles;
import io.fieldreport.sync.store.PhotoQueue;
import io.fieldreport.sync.transport.Cancellation;
import io.fieldreport.sync.transport.UploadStatus;
import io.fieldreport.sync.transport.WebApi;
import io.fieldreport.sync.transport.WebException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Moves photo bytes between the profile and the web, streamed and resumable: an upload asks the web
 * how much it holds and sends the rest; a download appends to a partial file and asks only for what
 * is missing. Either way the bytes count only once their SHA-256 matches (checked by the web for an
 * upload, here for a download).
 */
final class PhotoTransfer {

    private final PhotoFiles files;
    private final PhotoQueue queue;
    private final Retrier retrier;
    private final Backoff backoff;
    private final Pause pause;

    PhotoTransfer(PhotoFiles files, PhotoQueue queue, Retrier retrier, Backoff backoff, Pause pause) {
        this.files = files;
        this.queue = queue;
        this.retrier = retrier;
        this.backoff = backoff;
        this.pause = pause;
    }

    /**
     * Uploads one photo's bytes; returns the bytes actually sent (0 when the web had them).
     *
     * @throws PhotoRefusedException when these bytes cannot be sent (the file here is missing or
     *                               damaged, or the web refused them for good), so the caller can
     *                               go on with the other photos
     */
    long upload(WebApi api, PhotoQueue.Transfer t, Progress progress, Cancellation cancel) throws SyncException {
        var content = t.content();
        Path file = files.path(content.sha256());
        UploadStatus status = retrier.call("checking a photo upload", cancel, progress,
                () -> api.uploadStatus(t.inspectionId(), content.sha256()));
        if (!status.complete()) {
            // A missing file is no network failure to retry: said here, not left to the web. The
            // bytes' hash is checked by the web as they arrive; only when it refuses them is the
            // file here hashed too, to tell damage here from damage on the way.
            checkLocalFile(file, content, false);
        }
        long sent = 0;
        long furthest = status.offset();
        for (int attempt = 1; !status.complete(); attempt++) {
            long offset = status.offset();
            if (offset > furthest) {
                // The last try moved the upload forward: only tries that get nowhere count against the limit.
                furthest = offset;
                attempt = 1;
            }
            if (offset > content.size()) {
                offset = 0; // the web holds something longer under this name: start over, it will check the hash
            }
            progress.bytes(offset); // bytes the web already held count as done
            long[] moved = {0};
            try {
                status = api.upload(t.inspectionId(), content, offset, file, n -> {
                    moved[0] += n;
                    progress.bytes(n);
                });
                sent += moved[0];
                if (!status.complete()) {
                    throw new IOException("the web stopped the upload at byte " + status.offset());
                }
            } catch (IOException | WebException e) {
                sent += moved[0];
                progress.bytes(-(offset + moved[0])); // re-counted from the web's offset on the next try
                if (cancel.isCancelled()) {
                    throw new SyncCancelledException();
                }
                // A hash mismatch with good bytes here means they were damaged on the way; the web
                // discarded them and the next try starts over.
                if (e instanceof WebException w && w.is("hash_mismatch")) {
                    checkLocalFile(file, content, true);
                } else if (e instanceof WebException w && !w.is("offset_mismatch")) {
                    refuseIfFinal(w, content);
                }
                if (attempt >= backoff.maxAttempts()) {
                    throw retrier.unreachable("uploading a photo", attempt, e);
                }
                progress.retrying(Retrier.describe(e));
                pause.pause(backoff.delayMillis(attempt), cancel);
                status = retrier.call("checking a photo upload", cancel, progress,
                        () -> api.uploadStatus(t.inspectionId(), content.sha256()));
            }
        }
        queue.markOnWeb(content.sha256());
        return sent;
    }

    /** Downloads one photo's bytes into the profile; returns the bytes received. */
    long download(WebApi api, PhotoQueue.Transfer t, Progress progress, Cancellation cancel) throws SyncException {
        var content = t.content();
        Path partial = files.partialDownload(content.sha256());
        long received = 0;
        long furthest = sizeOf(partial);
        for (int attempt = 1; ; attempt++) {
            long offset = sizeOf(partial);
            if (offset > furthest) {
                furthest = offset;
                attempt = 1;
            }
            if (offset > content.size()) {
                deleteQuietly(partial);
                offset = 0;
            }
            progress.bytes(offset);
            long[] moved = {0};
            boolean counted = false;
            try {
                if (offset < content.size()) {
                    api.download(t.inspectionId(), content, offset, partial, n -> {
                        moved[0] += n;
                        progress.bytes(n);
                    });
                }
                received += moved[0];
                counted = true;
                var arrived = PhotoFiles.hash(partial);
                if (!arrived.equals(content)) {
                    // Whatever arrived does not hash right: throw it away and fetch it whole.
                    deleteQuietly(partial);
                    throw new IOException("the downloaded photo does not match its SHA-256");
                }
                files.adopt(partial, content.sha256());
                queue.addDownloaded(content);
                return received;
            } catch (IOException | WebException e) {
                if (!counted) {
                    received += moved[0]; // bytes that arrived before the connection broke
                }
                progress.bytes(-(offset + moved[0]));
                if (cancel.isCancelled()) {
                    throw new SyncCancelledException();
                }
                if (e instanceof WebException w) {
                    Retrier.throwIfFinal(w);
                }
                if (attempt >= backoff.maxAttempts()) {
                    throw retrier.unreachable("downloading a photo", attempt, e);
                }
                progress.retrying(Retrier.describe(e));
                pause.pause(backoff.delayMillis(attempt), cancel);
            }
        }
    }

    /** @param hashed read the whole file and compare its hash, not only its size */
    private static void checkLocalFile(Path file, PhotoContent content, boolean hashed) throws PhotoRefusedException {
        if (!Files.isRegularFile(file)) {
            throw new PhotoRefusedException(new PhotoQueue.Refusal(PhotoQueue.FILE_MISSING,
                    "The photo's file (" + describe(content) + ") is missing from this laptop's profile folder, so it"
                            + " cannot be sent. Attach the photo again from the camera to send it."),
                    true, null);
        }
        PhotoContent actual;
        try {
            actual = hashed ? PhotoFiles.hash(file) : new PhotoContent(content.sha256(), Files.size(file));
        } catch (IOException e) {
            throw new PhotoRefusedException(new PhotoQueue.Refusal(PhotoQueue.FILE_DAMAGED,
                    "The photo's file (" + describe(content) + ") could not be read on this laptop (" + e.getMessage()
                            + "); it was not sent this time."), false, e);
        }
        if (!actual.equals(content)) {
            Path aside = file.resolveSibling(file.getFileName() + ".damaged");
            String where;
            try {
                // Set aside, not deleted: attaching the photo again can then store good bytes under this
                // name, and the damaged file is still there for whoever looks into it.
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
                where = " It was set aside as " + aside + ".";
            } catch (IOException e) {
                where = "";
            }
            throw new PhotoRefusedException(new PhotoQueue.Refusal(PhotoQueue.FILE_DAMAGED,
                    "The photo's file (" + describe(content) + ") is damaged on this laptop: its bytes changed since the"
                            + " photo was attached, so it cannot be sent." + where + " Attach the"
                            + " photo again from the camera to send it."), true, null);
        }
    }

    /** A web error that sending again cannot fix: sign-in and access end the operation, the rest refuse this photo. */
    private static void refuseIfFinal(WebException w, PhotoContent content) throws SyncException {
        if (w.retryable() || w.status() == 401 || w.status() == 403) {
            Retrier.throwIfFinal(w);
            return;
        }
        String words = w.is("too_large")
                ? "The web does not take a photo this large (" + describe(content) + "): " + w.getMessage()
                        + " The photo stays on this laptop; to send it, choose a lower photo quality in Settings"
                        + " and attach it again."
                : "The web refused this photo's bytes (" + describe(content) + "): " + w.getMessage()
                        + " The photo stays on this laptop.";
        throw new PhotoRefusedException(new PhotoQueue.Refusal(w.code(), words), true, w);
    }

    private static String describe(PhotoContent content) {
        return String.format(java.util.Locale.ROOT, "%.1f MB, %s…", content.size() / 1_000_000.0,
                content.sha256().substring(0, 12));
    }

    private static long sizeOf(Path p) {
        try {
            return Files.exists(p) ? Files.size(p) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // A leftover partial file is harmless: the next download checks and replaces it.
        }
    }
}
