package io.fieldreport.sync.protocol;

import java.util.regex.Pattern;

/** A photo's bytes, named by their SHA-256 (64 lower-case hex digits) and size. */
public record PhotoContent(String sha256, long size) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public PhotoContent {
        Require.present(sha256, "sha256");
        if (!isSha256(sha256)) {
            throw new IllegalArgumentException("invalid sha256 '" + sha256 + "': expected 64 lower-case hex digits");
        }
        if (size < 0) {
            throw new IllegalArgumentException("invalid photo size " + size);
        }
    }

    public static boolean isSha256(String text) {
        return text != null && SHA256.matcher(text).matches();
    }
}
