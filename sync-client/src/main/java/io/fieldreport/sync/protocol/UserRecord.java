package io.fieldreport.sync.protocol;

/** A person who signs in to the web: {@code GET /api/me}. */
public record UserRecord(String id, String name, Role role) {

    public UserRecord {
        Require.present(id, "id");
        Require.present(name, "name");
        Require.present(role, "role");
    }
}
