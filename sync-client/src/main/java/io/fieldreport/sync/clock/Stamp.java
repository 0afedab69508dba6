package io.fieldreport.sync.clock;

import java.util.Objects;

/**
 * A hybrid-logical-clock timestamp: wall-clock milliseconds, a counter for edits within the same
 * millisecond (or while the wall clock stands still or runs backwards), and the device that made the
 * edit as the final tie-break. Two stamps are equal only when they name the same edit.
 *
 * <p>The text form {@code 0001732233445566-00003-lap-3f9a0c1b2d4e} sorts the same way as
 * {@link #compareTo}: fixed-width millis, fixed-width counter, then the device id.
 */
public record Stamp(long millis, int counter, String device) implements Comparable<Stamp> {

    public static final int MAX_COUNTER = 99_999;
    private static final int MAX_DEVICE = 64;

    public Stamp {
        if (millis < 0 || millis > 9_999_999_999_999_999L) {
            throw new IllegalArgumentException("stamp millis out of range: " + millis);
        }
        if (counter < 0 || counter > MAX_COUNTER) {
            throw new IllegalArgumentException("stamp counter out of range: " + counter);
        }
        Objects.requireNonNull(device, "device");
        if (!isValidDevice(device)) {
            throw new IllegalArgumentException("invalid device id: '" + device + "'");
        }
    }

    /**
     * Reads the text form: 16 ASCII digits, '-', 5 ASCII digits, '-', the device id. Checked by hand
     * rather than by regular expression: four stamps are read for every comment that is stored,
     * pulled or hashed, on the laptop and at the web.
     */
    public static Stamp parse(String text) {
        Objects.requireNonNull(text, "stamp");
        if (text.length() < 24 || text.charAt(16) != '-' || text.charAt(22) != '-'
                || !digits(text, 0, 16) || !digits(text, 17, 22)) {
            throw new IllegalArgumentException(
                    "invalid stamp '" + text + "': expected 16 digits, '-', 5 digits, '-', device id");
        }
        return new Stamp(Long.parseLong(text, 0, 16, 10), Integer.parseInt(text, 17, 22, 10), text.substring(23));
    }

    /** Device ids are short and safe in file names, URLs and the text form: {@code [A-Za-z0-9][A-Za-z0-9._:-]{0,63}}. */
    public static boolean isValidDevice(String device) {
        if (device == null || device.isEmpty() || device.length() > MAX_DEVICE || !alphanumeric(device.charAt(0))) {
            return false;
        }
        for (int i = 1; i < device.length(); i++) {
            char ch = device.charAt(i);
            if (!alphanumeric(ch) && ch != '.' && ch != '_' && ch != ':' && ch != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean alphanumeric(char ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (ch < '0' || ch > '9') {
                return false;
            }
        }
        return true;
    }

    /** True when this stamp orders after {@code other}; {@code null} counts as "never edited". */
    public boolean isAfter(Stamp other) {
        return other == null || compareTo(other) > 0;
    }

    @Override
    public int compareTo(Stamp o) {
        int c = Long.compare(millis, o.millis);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(counter, o.counter);
        return c != 0 ? c : device.compareTo(o.device);
    }

    /**
     * The text form, built by hand: it is made for every stamp of every manifest entry, where
     * {@code String.format} was most of the cost of a Verify; and it is ASCII digits whatever the
     * default locale ({@code %d} writes a Thai or Arabic locale's own digits, which {@link #parse}
     * then refuses). The constructor's ranges keep both numbers within their widths.
     */
    @Override
    public String toString() {
        String m = Long.toString(millis);
        String c = Integer.toString(counter);
        StringBuilder s = new StringBuilder(23 + device.length());
        s.append("0000000000000000", 0, 16 - m.length()).append(m).append('-');
        s.append("00000", 0, 5 - c.length()).append(c).append('-');
        return s.append(device).toString();
    }
}
