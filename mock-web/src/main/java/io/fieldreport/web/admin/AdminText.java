package io.fieldreport.web.admin;

/** The checks shared by the admin API's request records. */
final class AdminText {

    private AdminText() {
    }

    static void require(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing field '" + field + "'");
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException("field '" + field + "' is longer than " + maxLength + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("field '" + field + "' contains control characters");
        }
    }
}
