package io.fieldreport.web.storage;

import io.fieldreport.sync.protocol.LockInfo;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/** The row of each inspection's sync lock, expired or not: whether it still holds is the caller's decision by time. */
public final class Locks {

    private static final String FIND = """
            SELECT lock_id, holder_id, holder_name, device_id, acquired_at, expires_at
            FROM locks WHERE inspection_id = ?""";
    private static final String PUT = """
            INSERT INTO locks (inspection_id, lock_id, holder_id, holder_name, device_id, acquired_at, expires_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (inspection_id) DO UPDATE SET
                lock_id = excluded.lock_id, holder_id = excluded.holder_id, holder_name = excluded.holder_name,
                device_id = excluded.device_id, acquired_at = excluded.acquired_at, expires_at = excluded.expires_at""";
    private static final String DELETE = "DELETE FROM locks WHERE inspection_id = ? AND lock_id = ?";

    public Optional<LockInfo> find(Connection c, UUID inspectionId) throws SQLException {
        return Rows.one(c, FIND, rs -> new LockInfo(rs.getString("lock_id"), rs.getString("holder_id"),
                rs.getString("holder_name"), rs.getString("device_id"), rs.getLong("acquired_at"),
                rs.getLong("expires_at")), inspectionId.toString());
    }

    public void put(Connection c, UUID inspectionId, LockInfo lock) throws SQLException {
        try (var s = c.prepareStatement(PUT)) {
            s.setString(1, inspectionId.toString());
            s.setString(2, lock.lockId());
            s.setString(3, lock.holderId());
            s.setString(4, lock.holderName());
            s.setString(5, lock.deviceId());
            s.setLong(6, lock.acquiredAt());
            s.setLong(7, lock.expiresAt());
            s.executeUpdate();
        }
    }

    public void delete(Connection c, UUID inspectionId, String lockId) throws SQLException {
        Rows.update(c, DELETE, inspectionId.toString(), lockId);
    }
}
