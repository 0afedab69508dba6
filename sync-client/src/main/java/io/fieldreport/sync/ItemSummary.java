package io.fieldreport.sync;

import io.fieldreport.sync.protocol.Rating;

/** What the item list shows beside an item: how many live comments, and the most serious rating. */
public record ItemSummary(String itemId, int comments, Rating worstRating) {
}
