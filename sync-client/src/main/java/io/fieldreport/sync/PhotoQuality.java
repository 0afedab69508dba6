package io.fieldreport.sync;

/**
 * How photos are sent: the original, or reduced to a long edge in pixels for a poor connection.
 * A reduced photo keeps its original on the laptop, sent later when the setting returns to original.
 */
public record PhotoQuality(int longEdge) {

    public static final PhotoQuality ORIGINAL = new PhotoQuality(0);

    public PhotoQuality {
        if (longEdge != 0 && (longEdge < 320 || longEdge > 8000)) {
            throw new IllegalArgumentException("a reduced photo's long edge must be 320 to 8000 pixels, not " + longEdge);
        }
    }

    public boolean isOriginal() {
        return longEdge == 0;
    }

    public static PhotoQuality parse(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        if (t.equals("original") || t.equals("0")) {
            return ORIGINAL;
        }
        try {
            return new PhotoQuality(Integer.parseInt(t.replace("px", "")));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("photo quality must be 'original' or a long edge in pixels such as 1600");
        }
    }

    @Override
    public String toString() {
        return isOriginal() ? "original" : Integer.toString(longEdge);
    }
}
