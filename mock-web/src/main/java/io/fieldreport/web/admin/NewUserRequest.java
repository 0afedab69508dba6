package io.fieldreport.web.admin;

import io.fieldreport.sync.protocol.Role;

/** {@code POST /api/admin/users}: {@code {"name", "role"}}. */
public record NewUserRequest(String name, Role role) {

    public NewUserRequest {
        AdminText.require(name, "name", 100);
        if (role == null) {
            throw new IllegalArgumentException("missing field 'role': inspector or office");
        }
    }
}
