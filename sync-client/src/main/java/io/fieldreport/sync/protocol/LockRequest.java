package io.fieldreport.sync.protocol;

import io.fieldreport.sync.clock.Stamp;

/** {@code POST /api/inspections/{id}/lock}: asks for the inspection's sync lock for a lease. */
public record LockRequest(String deviceId, int leaseSeconds) {

    public static final int MIN_LEASE_SECONDS = 5;
    public static final int MAX_LEASE_SECONDS = 600;

    public LockRequest {
        Require.present(deviceId, "deviceId");
        if (!Stamp.isValidDevice(deviceId)) {
            throw new IllegalArgumentException("invalid deviceId '" + deviceId + "'");
        }
        if (leaseSeconds < MIN_LEASE_SECONDS || leaseSeconds > MAX_LEASE_SECONDS) {
            throw new IllegalArgumentException("leaseSeconds must be between " + MIN_LEASE_SECONDS
                    + " and " + MAX_LEASE_SECONDS + ", not " + leaseSeconds);
        }
    }
}
