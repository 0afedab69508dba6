package io.fieldreport.web.storage;

import java.util.UUID;

/** A comment or photo as the web holds it: which inspection, the complete record, and its change sequence number. */
public record Stored<R>(UUID inspectionId, R record, long seq) {
}
