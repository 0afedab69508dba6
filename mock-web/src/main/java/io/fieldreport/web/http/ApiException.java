package io.fieldreport.web.http;

import io.fieldreport.sync.protocol.ErrorBody;
import io.fieldreport.sync.protocol.LockInfo;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request the web answers with an error of docs/PROTOCOL.md section 2. Thrown before anything is
 * changed, so "changes nothing" holds for every error: the gateway turns it into the JSON body.
 */
public final class ApiException extends RuntimeException {

    private final ErrorCode code;
    private final LockInfo lock;
    private final Map<String, String> headers;

    public ApiException(ErrorCode code, String message) {
        this(code, message, null, Map.of());
    }

    private ApiException(ErrorCode code, String message, LockInfo lock, Map<String, String> headers) {
        super(message, null, false, false);
        this.code = code;
        this.lock = lock;
        this.headers = Map.copyOf(headers);
    }

    public static ApiException badRequest(String message) {
        return new ApiException(ErrorCode.BAD_REQUEST, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(ErrorCode.NOT_FOUND, message);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(ErrorCode.FORBIDDEN, message);
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(ErrorCode.UNAUTHORIZED, message, null, Map.of("WWW-Authenticate", "Bearer"));
    }

    public static ApiException locked(LockInfo holder, String message) {
        return new ApiException(ErrorCode.LOCKED, message, holder.withoutId(), Map.of());
    }

    public static ApiException methodNotAllowed(String method, String allowed) {
        return new ApiException(ErrorCode.METHOD_NOT_ALLOWED,
                method + " is not allowed here; use " + allowed + ".", null, Map.of("Allow", allowed));
    }

    public static ApiException offsetMismatch(long webOffset, String message) {
        return new ApiException(ErrorCode.OFFSET_MISMATCH, message, null,
                Map.of("Upload-Offset", Long.toString(webOffset)));
    }

    public static ApiException rangeNotSatisfiable(long size, String message) {
        return new ApiException(ErrorCode.RANGE_NOT_SATISFIABLE, message, null,
                Map.of("Content-Range", "bytes */" + size));
    }

    public ErrorCode code() {
        return code;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public ErrorBody body() {
        return new ErrorBody(new ErrorBody.Detail(code.wireName(), getMessage(), code.retryable(), lock));
    }

    /** A copy with one more response header. */
    public ApiException withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiException(code, getMessage(), lock, more);
    }
}
