package io.fieldreport.sync.transport;

import io.fieldreport.sync.protocol.Health;
import io.fieldreport.sync.protocol.InspectionDetail;
import io.fieldreport.sync.protocol.InspectionList;
import io.fieldreport.sync.protocol.LockInfo;
import io.fieldreport.sync.protocol.LockRequest;
import io.fieldreport.sync.protocol.LockState;
import io.fieldreport.sync.protocol.Manifest;
import io.fieldreport.sync.protocol.PhotoContent;
import io.fieldreport.sync.protocol.PullResponse;
import io.fieldreport.sync.protocol.PushRequest;
import io.fieldreport.sync.protocol.PushResponse;
import io.fieldreport.sync.protocol.UserRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The web as docs/PROTOCOL.md defines it, one method per endpoint. Calls block and are safe from
 * any thread. {@link IOException}: the web could not be reached or the connection broke;
 * {@link WebException}: the web answered with an error.
 */
public interface WebApi {

    /** The same web, with every call aborted when {@code c} is cancelled. */
    default WebApi cancellable(Cancellation c) {
        return this;
    }

    Health health() throws IOException, WebException;

    UserRecord me() throws IOException, WebException;

    InspectionList inspections() throws IOException, WebException;

    InspectionDetail inspection(UUID id) throws IOException, WebException;

    PushResponse push(UUID inspectionId, PushRequest request) throws IOException, WebException;

    /** @param since the cursor of the previous page, or {@code null} to start from the beginning */
    PullResponse pull(UUID inspectionId, String since, int limit) throws IOException, WebException;

    Manifest manifest(UUID inspectionId, boolean withEntries) throws IOException, WebException;

    LockState lockState(UUID inspectionId) throws IOException, WebException;

    LockInfo acquireLock(UUID inspectionId, LockRequest request) throws IOException, WebException;

    LockInfo renewLock(UUID inspectionId, String lockId, LockRequest request) throws IOException, WebException;

    void releaseLock(UUID inspectionId, String lockId) throws IOException, WebException;

    UploadStatus uploadStatus(UUID inspectionId, String sha256) throws IOException, WebException;

    /** Sends {@code file}'s bytes from {@code offset} to the end, streamed, never whole in memory. */
    UploadStatus upload(UUID inspectionId, PhotoContent content, long offset, Path file, ByteProgress progress)
            throws IOException, WebException;

    /**
     * Appends the photo's bytes from {@code offset} to {@code target}, which already holds the first
     * {@code offset} bytes; streamed, never whole in memory.
     */
    void download(UUID inspectionId, PhotoContent content, long offset, Path target, ByteProgress progress)
            throws IOException, WebException;
}
