package io.fieldreport.sync.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.jdbc3.JDBC3PreparedStatement;

class CachedStatementsTest {

    private static final String BY_KEY = "SELECT value FROM kv WHERE key = ?";

    @TempDir
    Path dir;

    private Connection real;
    private CachedStatements cache;
    private Connection c;

    @BeforeEach
    void open() throws SQLException {
        real = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("t.db"));
        try (Statement s = real.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("CREATE TABLE kv(key TEXT PRIMARY KEY, value TEXT)");
            s.execute("INSERT INTO kv VALUES ('a', '1'), ('b', '2'), ('c', '3')");
        }
        cache = CachedStatements.around(real);
        c = cache.connection();
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    private String value(String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(BY_KEY)) {
            ps.setString(1, key);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    @Test
    void theSameSqlIsCompiledOnceAndAnswersEachCallWithItsOwnParameters() throws SQLException {
        Object first;
        try (PreparedStatement ps = c.prepareStatement(BY_KEY)) {
            first = ps.unwrap(JDBC3PreparedStatement.class);
        }
        try (PreparedStatement ps = c.prepareStatement(BY_KEY)) {
            assertSame(first, ps.unwrap(JDBC3PreparedStatement.class), "the kept statement is lent again");
        }
        assertEquals("1", value("a"));
        assertEquals("2", value("b"));
        assertEquals(null, value("nope"));
        assertEquals(1, cache.size());
    }

    @Test
    void theSameSqlAskedForWhileItsStatementIsLentGetsAStatementOfItsOwn() throws SQLException {
        List<String> pairs = new ArrayList<>();
        try (PreparedStatement outer = c.prepareStatement("SELECT key FROM kv ORDER BY key");
             var keys = outer.executeQuery()) {
            while (keys.next()) {
                try (PreparedStatement inner = c.prepareStatement("SELECT key FROM kv ORDER BY key")) {
                    assertNotSame(outer.unwrap(JDBC3PreparedStatement.class),
                            inner.unwrap(JDBC3PreparedStatement.class));
                    try (var all = inner.executeQuery()) {
                        all.next();
                        pairs.add(keys.getString(1) + all.getString(1));
                    }
                }
            }
        }
        assertEquals(List.of("aa", "ba", "ca"), pairs, "the inner query left the outer one where it was");
    }

    @Test
    void aResultSetLeftOpenIsClosedWithItsStatementSoNoReadSnapshotOutlivesIt() throws Exception {
        try (PreparedStatement ps = c.prepareStatement("SELECT key FROM kv")) {
            var rs = ps.executeQuery();
            rs.next(); // a caller that closes only the statement
        }
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("t.db"));
             Statement s = other.createStatement()) {
            s.execute("INSERT INTO kv VALUES ('d', '4')");
        }
        assertEquals("4", value("d"), "a fresh read sees the other connection's commit");
        try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "no reader is left blocking a full checkpoint");
        }
    }

    @Test
    void aStatementGivenBackRefusesUseAndForgetsItsParameters() throws SQLException {
        PreparedStatement ps = c.prepareStatement(BY_KEY);
        ps.setString(1, "a");
        ps.close();
        ps.close(); // closing twice is allowed
        assertTrue(ps.isClosed());
        assertThrows(SQLException.class, ps::executeQuery);
        try (PreparedStatement again = c.prepareStatement(BY_KEY); var rs = again.executeQuery()) {
            assertTrue(!rs.next(), "an unset parameter is NULL, not the last caller's 'a'");
        }
    }

    @Test
    void aBatchLeftUnsentIsNotSentByTheNextCaller() throws SQLException {
        String insert = "INSERT INTO kv VALUES (?, ?)";
        try (PreparedStatement ps = c.prepareStatement(insert)) {
            ps.setString(1, "x");
            ps.setString(2, "never");
            ps.addBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(insert)) {
            ps.setString(1, "y");
            ps.setString(2, "5");
            ps.addBatch();
            assertEquals(1, ps.executeBatch().length);
        }
        assertEquals(null, value("x"));
        assertEquals("5", value("y"));
    }

    @Test
    void onlyTheMostRecentlyUsedSqlTextsAreKeptAndEvictedOnesStillWork() throws SQLException {
        for (int i = 0; i < CachedStatements.MAX_KEPT + 50; i++) {
            try (PreparedStatement ps = c.prepareStatement("SELECT ? + " + i)) {
                ps.setInt(1, 1);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    assertEquals(i + 1, rs.getInt(1));
                }
            }
        }
        assertEquals(CachedStatements.MAX_KEPT, cache.size());
        try (PreparedStatement lent = c.prepareStatement("SELECT 'lent while evicted'")) {
            for (int i = 0; i < CachedStatements.MAX_KEPT + 1; i++) {
                c.prepareStatement("SELECT " + i + " * 2").close();
            }
            try (var rs = lent.executeQuery()) {
                rs.next();
                assertEquals("lent while evicted", rs.getString(1));
            }
            assertTrue(!lent.isClosed());
        }
    }

    @Test
    void closingTheConnectionClosesTheRealOne() throws SQLException {
        value("a");
        c.close();
        assertTrue(real.isClosed());
        assertEquals(0, cache.size());
    }
}
