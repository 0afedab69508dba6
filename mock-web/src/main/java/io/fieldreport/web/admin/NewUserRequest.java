package io.fieldreport.web.admin;

import io.fieldreport.sync.protocol.Role;

/**
 * {@code POST /api/admin/users}: {@code {"name", "role", "id"?, "token"?}}. QA may choose the id and
 * the token so that a script of curl commands works when pasted; otherwise both are random.
 */
public record NewUserRequest(String name, Role role, String id, String token) {

    public NewUserRequest {
        AdminText.require(name, "name", 100);
        if (role == null) {
            throw new IllegalArgumentException("missing field 'role': inspector or office");
        }
        if (id != null && !id.matches("u-[a-z0-9][a-z0-9-]{0,62}")) {
            throw new IllegalArgumentException("a user id looks like u-carla: 'u-', then lower-case letters, digits and '-'");
        }
        if (token != null && !token.matches("[A-Za-z0-9._~-]{8,128}")) {
            throw new IllegalArgumentException("a chosen token has 8 to 128 letters, digits, '.', '_', '~' or '-'");
        }
    }
}
