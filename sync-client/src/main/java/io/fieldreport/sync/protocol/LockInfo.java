package io.fieldreport.sync.protocol;

/**
 * Who holds an inspection's sync lock and until when (epoch milliseconds, web time). The lock id is
 * the holder's proof for renew and release; it is only sent to the holder.
 */
public record LockInfo(String lockId, String holderId, String holderName, String deviceId,
                       long acquiredAt, long expiresAt) {

    public LockInfo {
        Require.present(holderId, "holderId");
        Require.present(holderName, "holderName");
        Require.present(deviceId, "deviceId");
    }

    public LockInfo withoutId() {
        return new LockInfo(null, holderId, holderName, deviceId, acquiredAt, expiresAt);
    }
}
