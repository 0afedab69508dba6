package io.fieldreport.sync.protocol;

/**
 * Every error response: {@code {"error": {"code", "message", "retryable", "lock"?}}}. The code is
 * for programs, the message for people; {@code retryable} says whether the same request can succeed
 * later unchanged. A 423 carries the lock's holder.
 */
public record ErrorBody(Detail error) {

    public ErrorBody {
        Require.present(error, "error");
    }

    public static ErrorBody of(String code, String message, boolean retryable) {
        return new ErrorBody(new Detail(code, message, retryable, null));
    }

    public record Detail(String code, String message, boolean retryable, LockInfo lock) {

        public Detail {
            Require.present(code, "code");
            Require.present(message, "message");
        }
    }
}
