package io.fieldreport.sync.protocol;

import java.util.List;

/** Checks shared by the wire records' constructors, so a malformed message fails with the field's name. */
final class Require {

    private Require() {
    }

    static <T> T present(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("missing field '" + field + "'");
        }
        return value;
    }

    static String text(String value, String field, int maxLength) {
        present(value, field);
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(
                    "field '" + field + "' is " + value.length() + " characters long; the limit is " + maxLength);
        }
        return value;
    }

    static <T> List<T> list(List<T> value, String field) {
        present(value, field);
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i) == null) {
                throw new IllegalArgumentException("null entry at " + field + "[" + i + "]");
            }
        }
        return List.copyOf(value);
    }

    static <T> List<T> listOrEmpty(List<T> value, String field) {
        return value == null ? List.of() : list(value, field);
    }
}
