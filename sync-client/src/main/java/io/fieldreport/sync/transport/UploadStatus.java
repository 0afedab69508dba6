package io.fieldreport.sync.transport;

/** Where an upload stands on the web: bytes held, the declared length (-1 if unknown), and done. */
public record UploadStatus(long offset, long length, boolean complete) {
}
