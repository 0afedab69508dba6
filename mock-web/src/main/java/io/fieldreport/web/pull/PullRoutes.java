package io.fieldreport.web.pull;

import io.fieldreport.web.access.Access;
import io.fieldreport.web.http.JsonBodies;
import io.fieldreport.web.http.Request;
import io.fieldreport.web.http.Response;
import io.fieldreport.web.http.Route;
import java.util.List;

/** {@code GET /api/inspections/{id}/changes?since=&limit=}. */
public final class PullRoutes {

    private final Access access;
    private final JsonBodies json;
    private final PullService pulls;

    public PullRoutes(Access access, JsonBodies json, PullService pulls) {
        this.access = access;
        this.json = json;
        this.pulls = pulls;
    }

    public List<Route> routes() {
        return List.of(Route.of("GET", "/api/inspections/{id}/changes", this::changes));
    }

    private Response changes(Request request) {
        var inspection = access.inspection(access.caller(request), request);
        return json.ok(pulls.pull(inspection.record().id(), request.query("since").orElse(null),
                request.query("limit").orElse(null)));
    }
}
