package io.fieldreport.sync.protocol;

import java.util.List;

/** {@code GET /api/inspections/{id}}: the header and the report's sections and items. */
public record InspectionDetail(InspectionRecord inspection, List<SectionRecord> sections) {

    public InspectionDetail {
        Require.present(inspection, "inspection");
        sections = Require.list(sections, "sections");
    }
}
