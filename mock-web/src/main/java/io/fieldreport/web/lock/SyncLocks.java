package io.fieldreport.web.lock;

import io.fieldreport.sync.protocol.LockInfo;
import io.fieldreport.sync.protocol.LockRequest;
import io.fieldreport.sync.protocol.UserRecord;
import io.fieldreport.sync.store.Database;
import io.fieldreport.web.http.ApiException;
import io.fieldreport.web.http.ErrorCode;
import io.fieldreport.web.storage.Locks;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;

/**
 * Each inspection's sync lock with a lease (docs/PROTOCOL.md section 8). Time comes from the injected
 * clock, so a lease ends by itself when the clock passes {@code expiresAt}; nothing needs to sweep.
 */
public final class SyncLocks {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Database db;
    private final Locks locks;
    private final Clock clock;

    public SyncLocks(Database db, Locks locks, Clock clock) {
        this.db = db;
        this.locks = locks;
        this.clock = clock;
    }

    /** The holder while a lease runs, without its lock id. */
    public Optional<LockInfo> holder(UUID inspectionId) {
        long now = clock.millis();
        return db.read(c -> locks.find(c, inspectionId)).filter(l -> held(l, now)).map(LockInfo::withoutId);
    }

    /**
     * Takes the lock, or 423 with the holder. The same user on the same device asking again (its
     * first answer may have been lost to a cut connection) gets its lock back with a fresh lease
     * rather than waiting for itself.
     */
    public LockInfo acquire(UserRecord user, UUID inspectionId, LockRequest request) {
        return db.transaction(c -> {
            long now = clock.millis();
            Optional<LockInfo> current = locks.find(c, inspectionId).filter(l -> held(l, now));
            String lockId = UUID.randomUUID().toString();
            long acquiredAt = now;
            if (current.isPresent()) {
                LockInfo l = current.get();
                if (!l.holderId().equals(user.id()) || !l.deviceId().equals(request.deviceId())) {
                    throw ApiException.locked(l, l.holderName() + " is syncing this inspection until "
                            + TIME.format(Instant.ofEpochMilli(l.expiresAt()).atZone(clock.getZone())) + ".");
                }
                lockId = l.lockId();
                acquiredAt = l.acquiredAt();
            }
            LockInfo lock = new LockInfo(lockId, user.id(), user.name(), request.deviceId(), acquiredAt,
                    now + request.leaseSeconds() * 1000L);
            locks.put(c, inspectionId, lock);
            return lock;
        });
    }

    /** Extends a lease that still runs; one that ended cannot be renewed (409 lock_lost). */
    public LockInfo renew(UserRecord user, UUID inspectionId, String lockId, LockRequest request) {
        return db.transaction(c -> {
            long now = clock.millis();
            LockInfo l = locks.find(c, inspectionId)
                    .filter(x -> x.lockId().equals(lockId) && x.holderId().equals(user.id()) && held(x, now))
                    .orElseThrow(() -> new ApiException(ErrorCode.LOCK_LOST, "This sync lock's lease has ended"
                            + " (or it was never held); take the lock again and consider the sync interrupted."));
            LockInfo renewed = new LockInfo(l.lockId(), l.holderId(), l.holderName(), l.deviceId(), l.acquiredAt(),
                    now + request.leaseSeconds() * 1000L);
            locks.put(c, inspectionId, renewed);
            return renewed;
        });
    }

    /** Releases the lock named by its id; releasing one whose lease already ended is not an error. */
    public void release(UUID inspectionId, String lockId) {
        db.transaction(c -> {
            locks.delete(c, inspectionId, lockId);
            return null;
        });
    }

    private static boolean held(LockInfo lock, long now) {
        return now < lock.expiresAt();
    }
}
