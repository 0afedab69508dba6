package io.fieldreport.web.storage;

import io.fieldreport.sync.clock.Stamp;

/**
 * One field version the web holds in history because a newer edit beat it.
 *
 * @param value the losing value as text: a comment's text or a caption as is, a rating's wire name
 *              ({@code null} for "not rated"), {@code true}/{@code false} for deleted, and
 *              {@code sha256:size} for a photo's content
 */
public record WebHistoryEntry(String field, String value, Stamp stamp, String author,
                              Stamp winnerStamp, String winnerAuthor, long recordedAt) {
}
