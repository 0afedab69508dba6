package io.fieldreport.web.editor;

import io.fieldreport.sync.clock.Stamp;
import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.sync.protocol.Fields;
import io.fieldreport.sync.protocol.Rating;
import io.fieldreport.web.http.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an office user changes in a comment on the web: its text, its rating, or both.
 *
 * <p>An edit from the web editor also names, for each field it changes, the stamp of the version the
 * office user saw when they began: the edit is made only while that is still the field's version
 * (otherwise someone changed it meanwhile, and the office user's edit was made on an old text). The
 * admin API's edits name none and are made whatever the fields hold.
 *
 * @param text       the new text, or {@code null} to leave it
 * @param setsRating whether the rating changes; then {@code rating} is the new one ({@code null} = not rated)
 * @param textSeen   the text's stamp the editor saw, or {@code null} for no such condition
 * @param ratingSeen the rating's stamp the editor saw, or {@code null} for no such condition
 */
public record WebEdit(String text, boolean setsRating, Rating rating, Stamp textSeen, Stamp ratingSeen) {

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
        if (textSeen != null && text == null) {
            throw new IllegalArgumentException("textStamp is given but the edit does not change the text");
        }
        if (ratingSeen != null && !setsRating) {
            throw new IllegalArgumentException("ratingStamp is given but the edit does not change the rating");
        }
    }

    /** An edit made whatever the fields hold now (the admin API's). */
    public WebEdit(String text, boolean setsRating, Rating rating) {
        this(text, setsRating, rating, null, null);
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

    /** This edit, made only while each field it changes still holds the version with the given stamp. */
    public WebEdit onlyIfStill(Stamp textStamp, Stamp ratingStamp) {
        return new WebEdit(text, setsRating, rating, textStamp, ratingStamp);
    }

    /** Whether the editor named the versions it saw: then a field edited meanwhile refuses the edit. */
    public boolean isConditional() {
        return textSeen != null || ratingSeen != null;
    }

    /** The fields this edit changes whose stamp at the web is no longer the one the editor saw. */
    public List<String> movedFields(CommentRecord current) {
        List<String> moved = new ArrayList<>();
        if (textSeen != null && !textSeen.equals(current.text().stamp())) {
            moved.add(Fields.TEXT);
        }
        if (ratingSeen != null && !ratingSeen.equals(current.rating().stamp())) {
            moved.add(Fields.RATING);
        }
        return moved;
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
