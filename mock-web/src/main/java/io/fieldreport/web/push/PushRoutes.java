package io.fieldreport.web.push;

import io.fieldreport.sync.protocol.PushRequest;
import io.fieldreport.sync.protocol.UserRecord;
import io.fieldreport.web.access.Access;
import io.fieldreport.web.http.ConnectionLost;
import io.fieldreport.web.http.JsonBodies;
import io.fieldreport.web.http.Request;
import io.fieldreport.web.http.Response;
import io.fieldreport.web.http.Route;
import java.util.List;

/** {@code POST /api/inspections/{id}/push}. */
public final class PushRoutes {

    private final Access access;
    private final JsonBodies json;
    private final PushService pushes;

    public PushRoutes(Access access, JsonBodies json, PushService pushes) {
        this.access = access;
        this.json = json;
        this.pushes = pushes;
    }

    public List<Route> routes() {
        return List.of(Route.of("POST", "/api/inspections/{id}/push", this::push));
    }

    private Response push(Request request) {
        UserRecord user = access.caller(request);
        var inspection = access.inspection(user, request);
        PushRequest push = json.read(request, PushRequest.class);
        try {
            return json.ok(pushes.push(inspection.record().id(), push));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectionLost("the web stopped during the push", e);
        }
    }
}
