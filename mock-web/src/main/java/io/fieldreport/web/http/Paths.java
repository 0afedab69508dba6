package io.fieldreport.web.http;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which request paths the web will even look at. Every id in a path is plain ASCII (UUIDs, hex
 * hashes, template ids), so anything encoded ({@code %2e%2e}), relative ({@code ..}) or otherwise odd
 * is refused before a route, a database row or a file is touched.
 */
final class Paths {

    private static final Pattern SAFE = Pattern.compile("[/A-Za-z0-9._~-]*");

    private Paths() {
    }

    static List<String> segments(String rawPath) {
        String trimmed = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
        return Arrays.asList(trimmed.split("/", -1));
    }

    /** @throws ApiException 400 for an encoded, relative or otherwise unsafe path */
    static List<String> checkedSegments(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/") || !SAFE.matcher(rawPath).matches()) {
            throw ApiException.badRequest("The path '" + printable(rawPath) + "' contains characters no FieldReport"
                    + " path uses (encoded or special characters); ids are plain letters, digits, '.', '-' and '_'.");
        }
        List<String> segments = segments(rawPath);
        for (String s : segments) {
            if (s.equals(".") || s.equals("..")) {
                throw ApiException.badRequest("The path '" + rawPath + "' contains a relative part ('" + s + "').");
            }
        }
        return segments;
    }

    private static String printable(String raw) {
        if (raw == null) {
            return "";
        }
        String shown = raw.length() > 200 ? raw.substring(0, 200) + "…" : raw;
        return shown.replaceAll("[^\\x20-\\x7e]", "?");
    }
}
