package io.fieldreport.sync.store;

import io.fieldreport.sync.clock.Stamp;
import java.util.UUID;

/**
 * A field version that lost to a newer edit, and the version that beat it. Values are the field's
 * JSON ({@code "some text"}, {@code "defect"}, {@code true}, {@code null}). When the losing version
 * was this laptop's own edit not yet on the web, {@code conflict} is {@link Conflict#OPEN} until the
 * inspector keeps it or dismisses it.
 */
public record HistoryEntry(long id, UUID inspectionId, String entity, UUID entityId, String field,
                           String valueJson, Stamp stamp, String author,
                           String winnerValueJson, Stamp winnerStamp, String winnerAuthor,
                           long recordedAt, Conflict conflict) {

    public enum Conflict { NONE, OPEN, KEPT, DISMISSED }
}
