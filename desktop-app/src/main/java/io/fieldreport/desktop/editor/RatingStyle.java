package io.fieldreport.desktop.editor;

import io.fieldreport.sync.protocol.Rating;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * How a rating looks: its colour (the CSS classes for app.css's -fr-satisfactory and the rest, the
 * same colours as the office's web editor) and its mark, a shape of its own, so that the colour is
 * never the only way to tell Defect from Safety: a tick, a wrench, a cross and a warning triangle.
 */
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

    /** The rating's mark; an empty circle for "not rated". */
    static Ikon mark(Rating r) {
        if (r == null) {
            return Material2MZ.RADIO_BUTTON_UNCHECKED;
        }
        return switch (r) {
            case SATISFACTORY -> Material2AL.CHECK_CIRCLE;
            case MAINTENANCE -> Material2AL.BUILD_CIRCLE;
            case DEFECT -> Material2AL.CANCEL;
            case SAFETY -> Material2MZ.WARNING;
        };
    }

    static List<String> all() {
        return Arrays.stream(Rating.values()).map(RatingStyle::of).toList();
    }

    static List<String> allCards() {
        return Arrays.stream(Rating.values()).map(RatingStyle::card).toList();
    }
}
