package io.fieldreport.sync.protocol;

/** {@code GET /api/inspections/{id}/lock}: the current holder, or {@code null} when the lock is free. */
public record LockState(LockInfo lock) {
}
