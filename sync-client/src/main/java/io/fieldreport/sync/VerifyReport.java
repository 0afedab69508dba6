package io.fieldreport.sync;

import java.util.List;
import java.util.UUID;

/** What comparing the laptop's copy of an inspection with the web's manifest found. */
public record VerifyReport(UUID inspectionId, boolean matched, String laptopRoot, String webRoot,
                           int laptopComments, int laptopPhotos, int webComments, int webPhotos,
                           List<Difference> differences) {

    public VerifyReport {
        differences = List.copyOf(differences);
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
