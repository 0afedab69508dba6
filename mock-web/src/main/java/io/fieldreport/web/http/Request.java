package io.fieldreport.web.http;

import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One request as a handler sees it: method, the route's captured path segments, query parameters,
 * headers and the body stream (which poor-signal mode may slow down or cut).
 */
public final class Request {

    private final String method;
    private final String path;
    private final Map<String, String> params;
    private final Map<String, String> query;
    private final Headers headers;
    private final InputStream body;

    /** Header lookup, case-insensitive, first value. */
    @FunctionalInterface
    public interface Headers {
        String first(String name);
    }

    public Request(String method, String path, String rawQuery, Map<String, String> params,
                   Headers headers, InputStream body) {
        this.method = method;
        this.path = path;
        this.params = Map.copyOf(params);
        this.query = parseQuery(rawQuery);
        this.headers = headers;
        this.body = body;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    /** A path segment captured by the route's placeholder, exactly as sent (validate before use). */
    public String param(String name) {
        String value = params.get(name);
        if (value == null) {
            throw new IllegalStateException("the route has no placeholder {" + name + "}");
        }
        return value;
    }

    public Optional<String> query(String name) {
        return Optional.ofNullable(query.get(name));
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.first(name));
    }

    /** A header that must be a whole number of bytes, when present. */
    public OptionalLong longHeader(String name) {
        Optional<String> text = header(name);
        if (text.isEmpty()) {
            return OptionalLong.empty();
        }
        String t = text.get().trim();
        if (!t.matches("\\d{1,18}")) {
            throw ApiException.badRequest("The " + name + " header must be a whole number, not '" + t + "'.");
        }
        return OptionalLong.of(Long.parseLong(t));
    }

    public InputStream body() {
        return body;
    }

    private static Map<String, String> parseQuery(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (out.put(name, value) != null) {
                throw ApiException.badRequest("The query parameter '" + name + "' is given more than once.");
            }
        }
        return out;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("The query string is not correctly encoded: " + e.getMessage());
        }
    }
}
