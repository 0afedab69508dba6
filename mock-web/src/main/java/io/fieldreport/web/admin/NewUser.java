package io.fieldreport.web.admin;

import io.fieldreport.sync.protocol.Role;

/** A user just created (or a demo user): the token is shown only here, the web keeps only its hash. */
public record NewUser(String id, String name, Role role, String token) {
}
