package io.fieldreport.sync;

import java.util.List;
import java.util.UUID;

/**
 * What comparing the laptop's copy of an inspection with the web's manifest found.
 *
 * <p>{@code pending} lists what differs only because this laptop has not sent it yet: a comment or
 * photo with a change still queued, or photo bytes still to upload (an edit typed while the Sync ran,
 * say). That is not a mismatch: the next Save sends it. {@code differences} is everything else, and
 * {@code matched} means there is nothing else: the web holds everything this laptop has sent.
 */
public record VerifyReport(UUID inspectionId, boolean matched, String laptopRoot, String webRoot,
                           int laptopComments, int laptopPhotos, int webComments, int webPhotos,
                           List<Difference> differences, List<Difference> pending) {

    public VerifyReport {
        differences = List.copyOf(differences);
        pending = List.copyOf(pending);
    }

    /** Whether both sides hold exactly the same, pending work included. */
    public boolean identical() {
        return laptopRoot.equals(webRoot);
    }

    public enum Problem {
        MISSING_ON_WEB("on this laptop but not on the web"),
        MISSING_ON_LAPTOP("on the web but not on this laptop"),
        NEWER_ON_LAPTOP("newer on this laptop than on the web"),
        NEWER_ON_WEB("newer on the web than on this laptop"),
        DIFFERENT("different on the web and on this laptop"),
        BYTES_MISSING_ON_WEB("photo bytes missing on the web"),
        BYTES_MISSING_ON_LAPTOP("photo bytes missing on this laptop");

        private final String words;

        Problem(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** One comment or photo that differs. */
    public record Difference(String kind, UUID id, Problem problem) {
    }
}
