package io.fieldreport.web.admin;

import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code POST /api/admin/inspections}: {@code {"address", "clientName", "scheduledDate"?, "id"?}}; the
 * id is random unless QA chooses one (so later pasted commands can name it).
 */
public record NewInspectionRequest(String address, String clientName, LocalDate scheduledDate, UUID id) {

    public NewInspectionRequest {
        AdminText.require(address, "address", 300);
        AdminText.require(clientName, "clientName", 200);
    }
}
