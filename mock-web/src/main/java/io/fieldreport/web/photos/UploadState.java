package io.fieldreport.web.photos;

/**
 * Where an upload stands: bytes held so far, the total once known ({@code null} before the first
 * piece), and whether the web holds the whole photo, verified.
 */
public record UploadState(long offset, Long length, boolean complete) {

    static final UploadState NONE = new UploadState(0, null, false);
}
