package io.fieldreport.web.manifest;

import io.fieldreport.web.access.Access;
import io.fieldreport.web.http.ApiException;
import io.fieldreport.web.http.JsonBodies;
import io.fieldreport.web.http.Request;
import io.fieldreport.web.http.Response;
import io.fieldreport.web.http.Route;
import java.util.List;

/** {@code GET /api/inspections/{id}/manifest?entries=true|false}. */
public final class ManifestRoutes {

    private final Access access;
    private final JsonBodies json;
    private final ManifestService manifests;

    public ManifestRoutes(Access access, JsonBodies json, ManifestService manifests) {
        this.access = access;
        this.json = json;
        this.manifests = manifests;
    }

    public List<Route> routes() {
        return List.of(Route.of("GET", "/api/inspections/{id}/manifest", this::manifest));
    }

    private Response manifest(Request request) {
        var inspection = access.inspection(access.caller(request), request);
        String entries = request.query("entries").orElse("true");
        if (!entries.equals("true") && !entries.equals("false")) {
            throw ApiException.badRequest("entries must be true or false, not '" + entries + "'.");
        }
        return json.ok(manifests.manifest(inspection.record().id(), entries.equals("true")));
    }
}
