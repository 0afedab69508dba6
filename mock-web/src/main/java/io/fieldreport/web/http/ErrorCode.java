package io.fieldreport.web.http;

/** The error codes of docs/PROTOCOL.md section 2, each with its HTTP status and whether a retry can help. */
public enum ErrorCode {
    BAD_REQUEST(400, "bad_request", false),
    UNAUTHORIZED(401, "unauthorized", false),
    FORBIDDEN(403, "forbidden", false),
    NOT_FOUND(404, "not_found", false),
    METHOD_NOT_ALLOWED(405, "method_not_allowed", false),
    OFFSET_MISMATCH(409, "offset_mismatch", true),
    LOCK_LOST(409, "lock_lost", false),
    /** Web editor and admin API only: the office published the inspection, so it takes no more edits. */
    INSPECTION_PUBLISHED(409, "inspection_published", false),
    /** Web editor only: a field the office user edits was changed by someone else after they opened it. */
    EDITED_ELSEWHERE(409, "edited_elsewhere", false),
    TOO_LARGE(413, "too_large", false),
    RANGE_NOT_SATISFIABLE(416, "range_not_satisfiable", false),
    HASH_MISMATCH(422, "hash_mismatch", false),
    LOCKED(423, "locked", true),
    INTERNAL(500, "internal", true),
    UNAVAILABLE(503, "unavailable", true);

    private final int status;
    private final String wireName;
    private final boolean retryable;

    ErrorCode(int status, String wireName, boolean retryable) {
        this.status = status;
        this.wireName = wireName;
        this.retryable = retryable;
    }

    public int status() {
        return status;
    }

    public String wireName() {
        return wireName;
    }

    public boolean retryable() {
        return retryable;
    }
}
