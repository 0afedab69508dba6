package io.fieldreport.web.admin;

import io.fieldreport.sync.protocol.UserRecord;
import java.util.List;

/** {@code GET /api/admin/users}: everyone who can sign in (tokens are not kept, so not shown). */
public record UserList(List<UserRecord> users) {

    public UserList {
        users = List.copyOf(users);
    }
}
