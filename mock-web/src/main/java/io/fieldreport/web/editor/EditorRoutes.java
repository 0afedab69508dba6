package io.fieldreport.web.editor;

import io.fieldreport.sync.protocol.UserRecord;
import io.fieldreport.web.access.Access;
import io.fieldreport.web.http.ApiException;
import io.fieldreport.web.http.ErrorCode;
import io.fieldreport.web.http.Ids;
import io.fieldreport.web.http.JsonBodies;
import io.fieldreport.web.http.Request;
import io.fieldreport.web.http.Response;
import io.fieldreport.web.http.Route;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The office's web editor: a static page (plain HTML, CSS and JavaScript from the class path, no
 * build step) and the two JSON endpoints it needs beyond the sync protocol: edit a comment and
 * publish an inspection. Everything else it reads through the protocol's own endpoints.
 */
public final class EditorRoutes {

    private static final String POLICY = "default-src 'self'; img-src 'self' blob:; style-src 'self';"
            + " script-src 'self'; connect-src 'self'; frame-ancestors 'none'";
    private static final Map<String, String> FILES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "editor.css", "text/css; charset=utf-8",
            "editor.js", "text/javascript; charset=utf-8");

    private final Access access;
    private final JsonBodies json;
    private final WebEdits edits;
    private final Map<String, byte[]> files;

    public EditorRoutes(Access access, JsonBodies json, WebEdits edits) {
        this.access = access;
        this.json = json;
        this.edits = edits;
        this.files = Map.of(
                "index.html", resource("index.html"),
                "editor.css", resource("editor.css"),
                "editor.js", resource("editor.js"));
    }

    public List<Route> routes() {
        return List.of(
                Route.of("GET", "/", r -> Response.redirect("/editor/")),
                Route.of("GET", "/editor", r -> Response.redirect("/editor/")),
                Route.of("GET", "/editor/", r -> file("index.html")),
                Route.of("GET", "/editor/{file}", r -> file(r.param("file"))),
                Route.of("POST", "/api/inspections/{id}/comments/{commentId}/edit", this::edit),
                Route.of("POST", "/api/inspections/{id}/publish", this::publish));
    }

    private Response file(String name) {
        byte[] bytes = files.get(name);
        if (bytes == null) {
            throw ApiException.notFound("The editor has no file '" + name + "'.");
        }
        return Response.ok(FILES.get(name), bytes)
                .withHeader("Content-Security-Policy", POLICY)
                .withHeader("Cache-Control", "no-cache");
    }

    private Response edit(Request request) {
        UserRecord office = access.officeCaller(request);
        var inspection = access.inspection(office, request);
        var commentId = Ids.uuid(request.param("commentId"), "comment id");
        WebEdit edit = json.read(request, CommentEditRequest.class).toEdit();
        try {
            return json.ok(edits.edit(office, inspection.record().id(), commentId, edit));
        } catch (EditedElsewhere e) {
            return json.respond(ErrorCode.EDITED_ELSEWHERE.status(), e.body());
        }
    }

    private Response publish(Request request) {
        UserRecord office = access.officeCaller(request);
        var inspection = access.inspection(office, request);
        return json.ok(edits.publish(inspection.record().id(), office.name()));
    }

    private static byte[] resource(String name) {
        try (InputStream in = EditorRoutes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the editor's " + name + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
