package io.fieldreport.sync.protocol;

import java.util.List;

/** {@code GET /api/inspections}: the inspections the caller may see. */
public record InspectionList(List<InspectionRecord> inspections) {

    public InspectionList {
        inspections = Require.list(inspections, "inspections");
    }
}
