package io.fieldreport.web.editor;

import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.sync.protocol.Rating;
import io.fieldreport.web.http.ApiException;
import java.util.Locale;

/**
 * What an office user changes in a comment on the web: its text, its rating, or both.
 *
 * @param text       the new text, or {@code null} to leave it
 * @param setsRating whether the rating changes; then {@code rating} is the new one ({@code null} = not rated)
 */
public record WebEdit(String text, boolean setsRating, Rating rating) {

    /** The word that clears a rating on the wire, since JSON null and "absent" read alike. */
    public static final String UNRATED = "unrated";

    public WebEdit {
        if (text == null && !setsRating) {
            throw new IllegalArgumentException("a web edit changes the text, the rating or both");
        }
        if (text != null && text.length() > CommentRecord.MAX_TEXT) {
            throw new IllegalArgumentException("a comment's text is at most " + CommentRecord.MAX_TEXT
                    + " characters, not " + text.length());
        }
        if (!setsRating && rating != null) {
            throw new IllegalArgumentException("a rating is given but setsRating is false");
        }
    }

    public static WebEdit text(String text) {
        return new WebEdit(text, false, null);
    }

    /** @param rating the new rating, {@code null} for "not rated" */
    public static WebEdit rating(Rating rating) {
        return new WebEdit(null, true, rating);
    }

    public static WebEdit textAndRating(String text, Rating rating) {
        return new WebEdit(text, true, rating);
    }

    /** As {@link #fromWire}, refusing a bad edit as the HTTP API's {@code 400 bad_request}. */
    public static WebEdit parse(String text, String rating) {
        try {
            return fromWire(text, rating);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Invalid edit: " + e.getMessage() + ".");
        }
    }

    /** From the JSON form: {@code rating} is a wire name, {@code "unrated"}, or absent to leave it. */
    public static WebEdit fromWire(String text, String rating) {
        if (rating == null) {
            return text(text);
        }
        if (rating.equals(UNRATED)) {
            return new WebEdit(text, true, null);
        }
        for (Rating r : Rating.values()) {
            if (r.wireName().equals(rating)) {
                return new WebEdit(text, true, r);
            }
        }
        throw new IllegalArgumentException("unknown rating '" + rating.toLowerCase(Locale.ROOT)
                + "': use satisfactory, maintenance, defect, safety or " + UNRATED);
    }
}
