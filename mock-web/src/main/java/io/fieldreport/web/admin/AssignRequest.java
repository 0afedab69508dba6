package io.fieldreport.web.admin;

/** {@code POST /api/admin/inspections/{id}/assignments}: {@code {"userId"}}. */
public record AssignRequest(String userId) {

    public AssignRequest {
        AdminText.require(userId, "userId", 64);
    }
}
