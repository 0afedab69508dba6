package io.fieldreport.web.http;

import io.fieldreport.sync.protocol.PhotoContent;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** Validates the ids that arrive in paths, before any of them reaches a query or a file name. */
public final class Ids {

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern USER_ID = Pattern.compile("u-[a-z0-9][a-z0-9-]{0,62}");
    private static final Pattern LOCK_ID = Pattern.compile("[0-9a-f-]{36}");

    private Ids() {
    }

    public static UUID uuid(String raw, String what) {
        if (raw == null || !UUID_TEXT.matcher(raw).matches()) {
            throw ApiException.badRequest("Invalid " + what + " '" + shorten(raw)
                    + "': expected a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e.");
        }
        return UUID.fromString(raw.toLowerCase(Locale.ROOT));
    }

    public static String sha256(String raw) {
        if (!PhotoContent.isSha256(raw)) {
            throw ApiException.badRequest("Invalid photo hash '" + shorten(raw)
                    + "': expected a SHA-256 as 64 lower-case hex digits.");
        }
        return raw;
    }

    public static String userId(String raw) {
        if (raw == null || !USER_ID.matcher(raw).matches()) {
            throw ApiException.badRequest("Invalid user id '" + shorten(raw) + "': user ids look like u-ana or u-3f9a0c1b2d4e.");
        }
        return raw;
    }

    public static String lockId(String raw) {
        if (raw == null || !LOCK_ID.matcher(raw).matches()) {
            throw ApiException.badRequest("Invalid lock id '" + shorten(raw) + "'.");
        }
        return raw;
    }

    private static String shorten(String raw) {
        if (raw == null) {
            return "";
        }
        return raw.length() > 80 ? raw.substring(0, 80) + "…" : raw;
    }
}
