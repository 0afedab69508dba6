package io.fieldreport.web.access;

import io.fieldreport.sync.protocol.Role;
import io.fieldreport.sync.protocol.UserRecord;
import io.fieldreport.sync.store.Database;
import io.fieldreport.web.http.ApiException;
import io.fieldreport.web.http.Ids;
import io.fieldreport.web.http.Request;
import io.fieldreport.web.storage.InspectionRow;
import io.fieldreport.web.storage.Inspections;
import io.fieldreport.web.storage.Users;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Who is calling and what they may see (docs/PROTOCOL.md section 5): a bearer token names a user;
 * an inspector reaches only the inspections assigned to them (403 otherwise, 404 for an id that does
 * not exist); an office user reaches every inspection. The admin token opens only the admin API.
 */
public final class Access {

    private static final String BEARER = "Bearer ";

    private final Database db;
    private final Users users;
    private final Inspections inspections;
    private final byte[] adminToken;

    public Access(Database db, Users users, Inspections inspections, String adminToken) {
        this.db = db;
        this.users = users;
        this.inspections = inspections;
        this.adminToken = adminToken.getBytes(StandardCharsets.UTF_8);
    }

    public UserRecord caller(Request request) {
        String token = token(request);
        return db.read(c -> users.byToken(c, token)).orElseThrow(() -> ApiException.unauthorized(
                "The token is unknown or was revoked; sign in again with a valid token."));
    }

    /** An office user, or 403 for an inspector: the web editor is for the office. */
    public UserRecord officeCaller(Request request) {
        UserRecord user = caller(request);
        if (user.role() != Role.OFFICE) {
            throw ApiException.forbidden(user.name() + " is an inspector; only office users edit and publish on the web.");
        }
        return user;
    }

    /** The inspection named by the request's {@code {id}}, if the caller may reach it. */
    public InspectionRow inspection(UserRecord user, Request request) {
        return inspection(user, Ids.uuid(request.param("id"), "inspection id"));
    }

    public InspectionRow inspection(UserRecord user, UUID id) {
        return db.read(c -> {
            InspectionRow row = inspections.find(c, id).orElseThrow(() ->
                    ApiException.notFound("There is no inspection " + id + " on the web."));
            if (user.role() != Role.OFFICE && !inspections.isAssigned(c, id, user.id())) {
                throw ApiException.forbidden(user.name() + " is not assigned to the inspection at "
                        + row.record().address() + ".");
            }
            return row;
        });
    }

    /** Checks the admin token; compared in constant time. */
    public void admin(Request request) {
        byte[] given = token(request).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, adminToken)) {
            throw ApiException.unauthorized("The admin API needs the admin token (mock-web prints it at start).");
        }
    }

    private static String token(Request request) {
        String header = request.header("Authorization").orElseThrow(() -> ApiException.unauthorized(
                "Sign in: send 'Authorization: Bearer <token>'."));
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length()) || header.length() == BEARER.length()) {
            throw ApiException.unauthorized("The Authorization header must be 'Bearer <token>'.");
        }
        return header.substring(BEARER.length()).trim();
    }
}
