package io.fieldreport.web.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.HashMap;

/**
 * A method and a path pattern such as {@code /api/inspections/{id}/push}. Placeholders capture one
 * path segment as it was sent; handlers validate it by its kind (UUID, hash...) before using it.
 */
public record Route(String method, String pattern, Transfer transfer, Handler handler) {

    public Route {
        if (!pattern.startsWith("/")) {
            throw new IllegalArgumentException("a route pattern starts with '/': " + pattern);
        }
    }

    public static Route of(String method, String pattern, Handler handler) {
        return new Route(method, pattern, Transfer.NONE, handler);
    }

    List<String> segments() {
        return Paths.segments(pattern);
    }

    /** The captured placeholders when {@code pathSegments} fits this pattern. */
    Optional<Map<String, String>> match(List<String> pathSegments) {
        List<String> mine = segments();
        if (mine.size() != pathSegments.size()) {
            return Optional.empty();
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < mine.size(); i++) {
            String p = mine.get(i);
            String s = pathSegments.get(i);
            if (p.startsWith("{") && p.endsWith("}")) {
                if (s.isEmpty()) {
                    return Optional.empty();
                }
                params.put(p.substring(1, p.length() - 1), s);
            } else if (!p.equals(s)) {
                return Optional.empty();
            }
        }
        return Optional.of(params);
    }
}
