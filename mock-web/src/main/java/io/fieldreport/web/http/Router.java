package io.fieldreport.web.http;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Finds the route for a method and path: 404 when no pattern fits, 405 (with Allow) when only the method is wrong. */
public final class Router {

    private final List<Route> routes;

    public Router(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    /** A route and the placeholders it captured. */
    public record Match(Route route, Map<String, String> params) {
    }

    public Match find(String method, List<String> segments, String path) {
        Set<String> allowed = new LinkedHashSet<>();
        for (Route r : routes) {
            Optional<Map<String, String>> params = r.match(segments);
            if (params.isEmpty()) {
                continue;
            }
            if (r.method().equals(method)) {
                return new Match(r, params.get());
            }
            allowed.add(r.method());
        }
        if (allowed.isEmpty()) {
            throw ApiException.notFound("There is nothing at " + path + ".");
        }
        throw ApiException.methodNotAllowed(method, String.join(", ", new ArrayList<>(allowed)));
    }
}
