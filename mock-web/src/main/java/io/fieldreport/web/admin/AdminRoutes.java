package io.fieldreport.web.admin;

import io.fieldreport.web.MockWebAdmin;
import io.fieldreport.web.access.Access;
import io.fieldreport.web.editor.WebEdit;
import io.fieldreport.web.faults.PoorSignal;
import io.fieldreport.web.http.Handler;
import io.fieldreport.web.http.Ids;
import io.fieldreport.web.http.JsonBodies;
import io.fieldreport.web.http.Request;
import io.fieldreport.web.http.Response;
import io.fieldreport.web.http.Route;
import io.fieldreport.sync.protocol.InspectionList;
import java.util.List;
import java.util.UUID;

/**
 * The admin API for QA ({@code /api/admin/...}, docs/QA.md), a thin HTTP face on {@link MockWebAdmin}:
 * every call needs the admin token, and every operation is the facade's.
 */
public final class AdminRoutes {

    private static final String INSPECTION = "/api/admin/inspections/{id}";

    private final Access access;
    private final JsonBodies json;
    private final MockWebAdmin admin;

    public AdminRoutes(Access access, JsonBodies json, MockWebAdmin admin) {
        this.access = access;
        this.json = json;
        this.admin = admin;
    }

    public List<Route> routes() {
        return List.of(
                route("GET", "/api/admin/users", r -> json.ok(new UserList(admin.users()))),
                route("POST", "/api/admin/users", this::createUser),
                route("POST", "/api/admin/users/{userId}/revoke", this::revoke),
                route("GET", "/api/admin/inspections", r -> json.ok(new InspectionList(admin.inspections()))),
                route("POST", "/api/admin/inspections", this::createInspection),
                route("GET", INSPECTION, r -> json.ok(admin.inspection(id(r)))),
                route("POST", INSPECTION + "/assignments", this::assign),
                route("POST", INSPECTION + "/publish", r -> json.ok(admin.publish(id(r)))),
                route("DELETE", INSPECTION + "/comments/{commentId}", this::removeComment),
                route("DELETE", INSPECTION + "/photos/{photoId}/bytes", this::removePhotoBytes),
                route("POST", INSPECTION + "/comments/{commentId}/web-edit", this::webEdit),
                route("POST", "/api/admin/seed/demo", r -> json.ok(admin.seedDemo())),
                route("GET", "/api/admin/poor-signal", r -> json.ok(admin.poorSignal())),
                route("PUT", "/api/admin/poor-signal", this::setPoorSignal));
    }

    private Route route(String method, String pattern, Handler handler) {
        return Route.of(method, pattern, request -> {
            access.admin(request);
            return handler.handle(request);
        });
    }

    private Response createUser(Request request) {
        NewUserRequest body = json.read(request, NewUserRequest.class);
        return json.respond(201, admin.createUser(body.name(), body.role(), body.id(), body.token()));
    }

    private Response revoke(Request request) {
        admin.revokeToken(Ids.userId(request.param("userId")));
        return Response.noContent();
    }

    private Response createInspection(Request request) {
        NewInspectionRequest body = json.read(request, NewInspectionRequest.class);
        UUID id = admin.createInspection(body.address(), body.clientName(), body.scheduledDate(), body.id());
        return json.respond(201, admin.inspection(id).inspection());
    }

    private Response assign(Request request) {
        UUID id = id(request);
        AssignRequest body = json.read(request, AssignRequest.class);
        return json.ok(admin.assign(Ids.userId(body.userId()), id));
    }

    private Response removeComment(Request request) {
        admin.removeComment(id(request), Ids.uuid(request.param("commentId"), "comment id"));
        return Response.noContent();
    }

    private Response removePhotoBytes(Request request) {
        admin.removePhotoBytes(id(request), Ids.uuid(request.param("photoId"), "photo id"));
        return Response.noContent();
    }

    private Response webEdit(Request request) {
        UUID id = id(request);
        UUID commentId = Ids.uuid(request.param("commentId"), "comment id");
        AdminWebEditRequest body = json.read(request, AdminWebEditRequest.class);
        WebEdit edit = WebEdit.parse(body.text(), body.rating());
        return json.ok(admin.webEdit(Ids.userId(body.userId()), id, commentId, edit));
    }

    private Response setPoorSignal(Request request) {
        admin.setPoorSignal(json.read(request, PoorSignal.class));
        return json.ok(admin.poorSignal());
    }

    private static UUID id(Request request) {
        return Ids.uuid(request.param("id"), "inspection id");
    }
}
