package io.fieldreport.sync.protocol;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An inspection's header as the web holds it; the inspectors are display names. */
public record InspectionRecord(UUID id, String address, String clientName, LocalDate scheduledDate,
                               InspectionStatus status, List<String> inspectors) {

    public InspectionRecord {
        Require.present(id, "id");
        Require.present(address, "address");
        Require.present(clientName, "clientName");
        Require.present(status, "status");
        inspectors = Require.listOrEmpty(inspectors, "inspectors");
    }
}
