package io.fieldreport.web.inspections;

import io.fieldreport.sync.protocol.Health;
import io.fieldreport.sync.protocol.InspectionDetail;
import io.fieldreport.sync.protocol.InspectionList;
import io.fieldreport.sync.protocol.UserRecord;
import io.fieldreport.sync.store.Database;
import io.fieldreport.sync.template.ResidentialTemplate;
import io.fieldreport.web.access.Access;
import io.fieldreport.web.http.JsonBodies;
import io.fieldreport.web.http.Request;
import io.fieldreport.web.http.Response;
import io.fieldreport.web.http.Route;
import io.fieldreport.web.storage.Inspections;
import java.time.Clock;
import java.util.List;

/** Health, who am I, the caller's inspections and one inspection's sections (docs/PROTOCOL.md section 5). */
public final class InspectionRoutes {

    private final Access access;
    private final JsonBodies json;
    private final Database db;
    private final Inspections inspections;
    private final Clock clock;
    private final String version;

    public InspectionRoutes(Access access, JsonBodies json, Database db, Inspections inspections, Clock clock,
                            String version) {
        this.access = access;
        this.json = json;
        this.db = db;
        this.inspections = inspections;
        this.clock = clock;
        this.version = version;
    }

    public List<Route> routes() {
        return List.of(
                Route.of("GET", "/api/health", r -> json.ok(new Health("ok", clock.millis(), version))),
                Route.of("GET", "/api/me", r -> json.ok(access.caller(r))),
                Route.of("GET", "/api/inspections", this::list),
                Route.of("GET", "/api/inspections/{id}", this::detail));
    }

    private Response list(Request request) {
        UserRecord user = access.caller(request);
        return json.ok(new InspectionList(db.read(c -> inspections.visibleTo(c, user))));
    }

    private Response detail(Request request) {
        var inspection = access.inspection(access.caller(request), request);
        return json.ok(new InspectionDetail(inspection.record(), ResidentialTemplate.sections()));
    }
}
