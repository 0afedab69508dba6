package io.fieldreport.sync.protocol;

import java.util.List;
import java.util.UUID;

/**
 * The web's answer to one change. For {@link ChangeOutcome#SUPERSEDED}, {@code lostFields} names the
 * fields that lost and {@code comment} or {@code photo} is the web's current version of the entity.
 * For {@link ChangeOutcome#REJECTED}, {@code reason} is a code from docs/PROTOCOL.md, {@code message}
 * says it in words, and {@code retryable} tells whether sending it again later can succeed.
 */
public record ChangeResult(UUID changeId, ChangeOutcome outcome, List<String> lostFields,
                           CommentRecord comment, PhotoRecord photo,
                           String reason, String message, boolean retryable) {

    public ChangeResult {
        Require.present(changeId, "changeId");
        Require.present(outcome, "outcome");
        lostFields = Require.listOrEmpty(lostFields, "lostFields");
        if (outcome == ChangeOutcome.REJECTED) {
            Require.present(reason, "reason");
        }
    }

    public static ChangeResult applied(UUID changeId) {
        return new ChangeResult(changeId, ChangeOutcome.APPLIED, List.of(), null, null, null, null, false);
    }

    public static ChangeResult superseded(UUID changeId, List<String> lostFields,
                                          CommentRecord comment, PhotoRecord photo) {
        return new ChangeResult(changeId, ChangeOutcome.SUPERSEDED, lostFields, comment, photo, null, null, false);
    }

    public static ChangeResult rejected(UUID changeId, String reason, String message, boolean retryable) {
        return new ChangeResult(changeId, ChangeOutcome.REJECTED, List.of(), null, null, reason, message, retryable);
    }
}
