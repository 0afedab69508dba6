package io.fieldreport.sync.engine;

import io.fieldreport.sync.SyncCancelledException;
import io.fieldreport.sync.SyncException;
import io.fieldreport.sync.store.PhotoFiles;
import io.fieldreport.sync.store.PhotoQueue;
import io.fieldreport.sync.transport.Cancellation;
import io.fieldreport.sync.transport.UploadStatus;
import io.fieldreport.sync.transport.WebApi;
import io.fieldreport.sync.transport.WebException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

    /** Uploads one photo's bytes; returns the bytes actually sent (0 when the web had them). */
    long upload(WebApi api, PhotoQueue.Transfer t, Progress progress, Cancellation cancel) throws SyncException {
        var content = t.content();
        Path file = files.path(content.sha256());
        UploadStatus status = retrier.call("checking a photo upload", cancel, progress,
                () -> api.uploadStatus(t.inspectionId(), content.sha256()));
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
                if (e instanceof WebException w && !w.is("offset_mismatch")) {
                    Retrier.throwIfFinal(w);
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
            try {
                if (offset < content.size()) {
                    api.download(t.inspectionId(), content, offset, partial, n -> {
                        moved[0] += n;
                        progress.bytes(n);
                    });
                }
                received += moved[0];
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
                received += moved[0];
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
