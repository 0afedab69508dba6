package io.fieldreport.web.lock;

import io.fieldreport.sync.protocol.LockRequest;
import io.fieldreport.sync.protocol.LockState;
import io.fieldreport.sync.protocol.UserRecord;
import io.fieldreport.web.access.Access;
import io.fieldreport.web.http.Ids;
import io.fieldreport.web.http.JsonBodies;
import io.fieldreport.web.http.Request;
import io.fieldreport.web.http.Response;
import io.fieldreport.web.http.Route;
import java.util.List;

/** {@code GET|POST /api/inspections/{id}/lock} and {@code PUT|DELETE /api/inspections/{id}/lock/{lockId}}. */
public final class LockRoutes {

    private static final String LOCK = "/api/inspections/{id}/lock";

    private final Access access;
    private final JsonBodies json;
    private final SyncLocks locks;

    public LockRoutes(Access access, JsonBodies json, SyncLocks locks) {
        this.access = access;
        this.json = json;
        this.locks = locks;
    }

    public List<Route> routes() {
        return List.of(
                Route.of("GET", LOCK, this::state),
                Route.of("POST", LOCK, this::acquire),
                Route.of("PUT", LOCK + "/{lockId}", this::renew),
                Route.of("DELETE", LOCK + "/{lockId}", this::release));
    }

    private Response state(Request request) {
        var inspection = access.inspection(access.caller(request), request);
        return json.ok(new LockState(locks.holder(inspection.record().id()).orElse(null)));
    }

    private Response acquire(Request request) {
        UserRecord user = access.caller(request);
        var inspection = access.inspection(user, request);
        LockRequest body = json.read(request, LockRequest.class);
        return json.ok(locks.acquire(user, inspection.record().id(), body));
    }

    private Response renew(Request request) {
        UserRecord user = access.caller(request);
        var inspection = access.inspection(user, request);
        String lockId = Ids.lockId(request.param("lockId"));
        LockRequest body = json.read(request, LockRequest.class);
        return json.ok(locks.renew(user, inspection.record().id(), lockId, body));
    }

    private Response release(Request request) {
        var inspection = access.inspection(access.caller(request), request);
        locks.release(inspection.record().id(), Ids.lockId(request.param("lockId")));
        return Response.noContent();
    }
}
