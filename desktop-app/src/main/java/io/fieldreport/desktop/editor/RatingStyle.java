package io.fieldreport.desktop.editor;

import io.fieldreport.sync.protocol.Rating;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The CSS classes that give ratings their colours (see app.css: -fr-satisfactory and the rest). */
final class RatingStyle {

    private RatingStyle() {
    }

    static String of(Rating r) {
        return "rating-" + r.name().toLowerCase(Locale.ROOT);
    }

    /** The class a comment card gets for its rating: its left edge takes the rating's colour. */
    static String card(Rating r) {
        return "rated-" + r.name().toLowerCase(Locale.ROOT);
    }

    static List<String> all() {
        return Arrays.stream(Rating.values()).map(RatingStyle::of).toList();
    }

    static List<String> allCards() {
        return Arrays.stream(Rating.values()).map(RatingStyle::card).toList();
    }
}
