package io.fieldreport.web.admin;

import java.util.UUID;

/** The demo inspection and its people, with their fixed tokens (docs/QA.md lists them). */
public record DemoSeed(UUID inspectionId, NewUser ana, NewUser ben, NewUser office) {
}
