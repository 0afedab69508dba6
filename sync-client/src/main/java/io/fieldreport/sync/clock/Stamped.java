package io.fieldreport.sync.clock;

import java.util.Objects;

/**
 * One field's value together with the edit that set it: when and on which device ({@link Stamp}),
 * and by whom (the display name of the inspector or office user).
 */
public record Stamped<T>(T value, Stamp stamp, String author) {

    public Stamped {
        Objects.requireNonNull(stamp, "stamp");
        Objects.requireNonNull(author, "author");
    }
}
