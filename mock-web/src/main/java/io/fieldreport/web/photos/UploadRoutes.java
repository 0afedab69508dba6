package io.fieldreport.web.photos;

import io.fieldreport.web.access.Access;
import io.fieldreport.web.http.ApiException;
import io.fieldreport.web.http.Ids;
import io.fieldreport.web.http.Request;
import io.fieldreport.web.http.Response;
import io.fieldreport.web.http.Route;
import io.fieldreport.web.http.Transfer;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Resumable photo uploads in the style of tus (docs/PROTOCOL.md section 9):
 * {@code HEAD} asks where an upload stands, {@code PATCH} sends bytes from there.
 */
public final class UploadRoutes {

    private static final String UPLOAD = "/api/inspections/{id}/uploads/{sha256}";
    private static final String PIECE_TYPE = "application/offset+octet-stream";

    private final Access access;
    private final PhotoStore store;

    public UploadRoutes(Access access, PhotoStore store) {
        this.access = access;
        this.store = store;
    }

    public List<Route> routes() {
        return List.of(
                Route.of("HEAD", UPLOAD, this::where),
                new Route("PATCH", UPLOAD, Transfer.PHOTO_UPLOAD, this::send));
    }

    private Response where(Request request) throws IOException {
        access.inspection(access.caller(request), request);
        return headers(200, store.state(Ids.sha256(request.param("sha256"))));
    }

    private Response send(Request request) throws IOException {
        access.inspection(access.caller(request), request);
        String sha = Ids.sha256(request.param("sha256"));
        String type = request.header("Content-Type").orElse("");
        if (!type.trim().toLowerCase(Locale.ROOT).startsWith(PIECE_TYPE)) {
            throw ApiException.badRequest("An upload piece is sent as Content-Type: " + PIECE_TYPE + ", not '" + type + "'.");
        }
        long offset = request.longHeader("Upload-Offset").orElseThrow(() ->
                ApiException.badRequest("An upload piece needs an Upload-Offset header (ask with HEAD where to start)."));
        long length = request.longHeader("Upload-Length").orElseThrow(() ->
                ApiException.badRequest("An upload piece needs an Upload-Length header: the photo's whole size."));
        long piece = request.longHeader("Content-Length").orElse(-1);
        return headers(204, store.append(sha, offset, length, piece, request.body()));
    }

    private static Response headers(int status, UploadState state) {
        Response r = new Response(status, Map.of(), null).withHeader("Upload-Offset", Long.toString(state.offset()));
        if (state.length() != null) {
            r = r.withHeader("Upload-Length", Long.toString(state.length()));
        }
        if (state.complete()) {
            r = r.withHeader("Upload-Complete", "true");
        }
        return r;
    }
}
