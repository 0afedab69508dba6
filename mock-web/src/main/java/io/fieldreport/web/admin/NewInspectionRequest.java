package io.fieldreport.web.admin;

import java.time.LocalDate;

/** {@code POST /api/admin/inspections}: {@code {"address", "clientName", "scheduledDate"?}}. */
public record NewInspectionRequest(String address, String clientName, LocalDate scheduledDate) {

    public NewInspectionRequest {
        AdminText.require(address, "address", 300);
        AdminText.require(clientName, "clientName", 200);
    }
}
