package io.fieldreport.web.photos;

import io.fieldreport.web.http.ApiException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of a download: {@code Range: bytes=N-} (resume from N, what the laptop sends) or
 * {@code bytes=N-M}. Several ranges at once are not something a photo download needs.
 */
record ByteRange(long first, long last) {

    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d{1,18})-(\\d{0,18})");

    long length() {
        return last - first + 1;
    }

    /** @return the range within a file of {@code size} bytes, or {@code null} for the whole file */
    static ByteRange parse(String header, long size) {
        if (header == null) {
            return null;
        }
        Matcher m = SINGLE.matcher(header.trim());
        if (!m.matches()) {
            throw ApiException.badRequest("The Range header '" + header + "' is not understood; send bytes=N- to"
                    + " resume from byte N.");
        }
        long first = Long.parseLong(m.group(1));
        long last = m.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(m.group(2)), size - 1);
        if (first >= size || last < first) {
            throw ApiException.rangeNotSatisfiable(size, "The photo has " + size + " bytes; the range '" + header
                    + "' lies beyond them.");
        }
        return new ByteRange(first, last);
    }
}
