package io.fieldreport.sync.protocol;

import io.fieldreport.sync.clock.Stamp;
import io.fieldreport.sync.clock.Stamped;
import java.util.UUID;

/** Realistic wire values for protocol tests. */
final class Samples {

    static final UUID INSPECTION = UUID.fromString("6f1c2a4e-8d3b-4c1a-9e2f-0a1b2c3d4e5f");
    static final UUID COMMENT = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
    static final UUID PHOTO = UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7");
    static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private Samples() {
    }

    static Stamp stamp(long millis, String device) {
        return new Stamp(millis, 0, device);
    }

    static CommentRecord comment(String text, Rating rating, long millis, String device) {
        Stamp s = stamp(millis, device);
        return new CommentRecord(COMMENT, "roof.coverings", stamp(1_000, "lap-a"),
                new Stamped<>(text, s, "Ana"), new Stamped<>(rating, s, "Ana"), new Stamped<>(false, s, "Ana"));
    }

    static PhotoRecord photo(String caption, boolean deleted, long millis) {
        Stamp s = stamp(millis, "lap-a");
        return new PhotoRecord(PHOTO, COMMENT, stamp(1_000, "lap-a"),
                new Stamped<>(new PhotoContent(SHA, 4), s, "Ana"), new Stamped<>(caption, s, "Ana"),
                new Stamped<>(deleted, s, "Ana"));
    }
}
