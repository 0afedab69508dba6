package io.fieldreport.sync.store;

import io.fieldreport.sync.protocol.Rating;

/**
 * What an inspector changes on a comment: the text, the rating, or both. A rating of {@code null}
 * with {@code setsRating} means "clear the rating".
 */
public record CommentEdit(String text, boolean setsRating, Rating rating) {

    public static CommentEdit text(String text) {
        return new CommentEdit(text, false, null);
    }

    public static CommentEdit rating(Rating rating) {
        return new CommentEdit(null, true, rating);
    }

    public static CommentEdit textAndRating(String text, Rating rating) {
        return new CommentEdit(text, true, rating);
    }
}
