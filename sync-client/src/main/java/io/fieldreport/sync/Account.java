package io.fieldreport.sync;

import io.fieldreport.sync.protocol.Role;

/** Who is signed in on this profile, and to which web. */
public record Account(String serverUrl, String userId, String name, Role role) {
}
