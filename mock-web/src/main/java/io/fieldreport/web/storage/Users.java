package io.fieldreport.web.storage;

import io.fieldreport.sync.protocol.Role;
import io.fieldreport.sync.protocol.UserRecord;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** People who sign in to the web. Tokens are kept only as their SHA-256, so a copied database file grants nothing. */
public final class Users {

    private static final String INSERT = """
            INSERT INTO users (id, name, role, token_sha256, created_at) VALUES (?, ?, ?, ?, ?)""";
    private static final String BY_TOKEN = """
            SELECT id, name, role FROM users WHERE token_sha256 = ? AND revoked = 0""";
    private static final String BY_ID = """
            SELECT id, name, role FROM users WHERE id = ?""";
    private static final String ALL = """
            SELECT id, name, role FROM users ORDER BY role, name, id""";
    private static final String TOKEN_IN_USE = """
            SELECT 1 FROM users WHERE token_sha256 = ?""";
    private static final String REVOKE = """
            UPDATE users SET revoked = 1 WHERE id = ?""";

    public void insert(Connection c, UserRecord user, String token, long now) throws SQLException {
        try (var s = c.prepareStatement(INSERT)) {
            s.setString(1, user.id());
            s.setString(2, user.name());
            s.setString(3, wireName(user.role()));
            s.setString(4, tokenHash(token));
            s.setLong(5, now);
            s.executeUpdate();
        }
    }

    public Optional<UserRecord> byToken(Connection c, String token) throws SQLException {
        return Rows.one(c, BY_TOKEN, Users::user, tokenHash(token));
    }

    public Optional<UserRecord> byId(Connection c, String id) throws SQLException {
        return Rows.one(c, BY_ID, Users::user, id);
    }

    /** Whether any user, revoked or not, has this token: tokens are never reused. */
    public boolean tokenInUse(Connection c, String token) throws SQLException {
        return Rows.one(c, TOKEN_IN_USE, rs -> true, tokenHash(token)).isPresent();
    }

    public List<UserRecord> all(Connection c) throws SQLException {
        return Rows.list(c, ALL, Users::user);
    }

    /** @return whether the user exists */
    public boolean revoke(Connection c, String id) throws SQLException {
        return Rows.update(c, REVOKE, id) == 1;
    }

    private static UserRecord user(ResultSet rs) throws SQLException {
        return new UserRecord(rs.getString("id"), rs.getString("name"),
                Role.valueOf(rs.getString("role").toUpperCase(Locale.ROOT)));
    }

    static String wireName(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    static String tokenHash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
