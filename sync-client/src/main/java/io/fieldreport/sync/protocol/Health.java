package io.fieldreport.sync.protocol;

/** {@code GET /api/health}, answered without a token: the web is up and its time. */
public record Health(String status, long serverTime, String version) {

    public Health {
        Require.present(status, "status");
    }
}
