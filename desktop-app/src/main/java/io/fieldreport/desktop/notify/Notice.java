package io.fieldreport.desktop.notify;

import io.fieldreport.sync.Conflict;
import java.time.Instant;

/**
 * Something the inspector is told about. Problems and conflicts stay listed until dealt with; changes
 * the web rejected are listed on the Syncing Status page, where they are acknowledged.
 */
public sealed interface Notice permits Notice.Completed, Notice.Problem, Notice.ConflictNotice {

    String headline();

    /** A finished Save or Sync: shown briefly, not listed. */
    record Completed(String headline, String summary) implements Notice {
    }

    /** A failure, in plain words, listed until acknowledged. */
    record Problem(long id, String headline, String message, String nextStep, String details, Instant at)
            implements Notice {
    }

    /**
     * A newer edit made elsewhere replaced one of mine. {@code where} names the item in the report
     * ("Roof › Coverings"), since that is how the inspector finds it.
     */
    record ConflictNotice(Conflict conflict, String where) implements Notice {
        @Override
        public String headline() {
            String who = conflict.theirAuthor() == null || conflict.theirAuthor().isBlank()
                    ? "Someone" : conflict.theirAuthor();
            return who + " changed " + fieldWords(conflict) + " you also changed";
        }

        private static String fieldWords(Conflict c) {
            String thing = "photo".equals(c.entity()) ? "a photo's " : "a comment's ";
            return switch (c.field()) {
                case "text" -> "a comment";
                case "rating" -> thing + "rating";
                case "caption" -> thing + "caption";
                case "deleted" -> "photo".equals(c.entity()) ? "a photo" : "a comment";
                default -> thing + c.field();
            };
        }
    }
}
