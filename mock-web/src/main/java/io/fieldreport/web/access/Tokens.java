package io.fieldreport.web.access;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random secrets and ids: tokens for new users and the admin, and short suffixes for user ids. */
public final class Tokens {

    private final SecureRandom random;

    public Tokens(SecureRandom random) {
        this.random = random;
    }

    /** 192 random bits, URL-safe, so a token pastes into a curl command as it is. */
    public String newToken() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String hexSuffix() {
        byte[] bytes = new byte[4];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
