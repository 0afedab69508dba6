package io.fieldreport.sync.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * The profile's SQLite file: WAL journal, foreign keys on, a busy timeout for the other process
 * (the desktop app and the CLI may share a profile), and full fsync on commit so that an edit the
 * inspector saw saved survives a power cut. Schema changes are {@link Migration}s keyed by
 * {@code PRAGMA user_version}, each in one transaction; a file newer than this code is refused
 * before anything is written to it.
 *
 * <p>One connection serves every thread in turn; work that does I/O on the network never runs
 * inside {@link #transaction} or {@link #read}. Its prepared statements are kept and lent again
 * ({@link CachedStatements}), so work prepares its SQL at each call as plain JDBC would.
 */
public final class Database implements AutoCloseable {

    private static final int BUSY_TIMEOUT_MS = 10_000;

    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    /** Guarded by {@link #lock}. */
    private boolean inTransaction;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = CachedStatements.around(connection).connection();
    }

    public static Database open(Path file, List<Migration> migrations) {
        int known = migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
        Path absolute = file.toAbsolutePath();
        Connection c = null;
        try {
            Files.createDirectories(absolute.getParent());
            if (Files.exists(absolute)) {
                refuseIfNewer(absolute, known);
            }
            c = DriverManager.getConnection(url(absolute));
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
                String mode = journalModeWal(s);
                if (!"wal".equalsIgnoreCase(mode)) {
                    throw new StoreException("The profile database " + file + " cannot use SQLite's WAL journal (it"
                            + " stayed in '" + mode + "' mode), which FieldReport needs to keep every saved edit"
                            + " safe. Keep the profile on a local disk, not a network drive or a read-only folder.");
                }
                s.execute("PRAGMA synchronous = FULL");
                s.execute("PRAGMA foreign_keys = ON");
            }
            Database db = new Database(file, c);
            db.migrate(migrations, known);
            return db;
        } catch (SQLException | java.io.IOException e) {
            closeQuietly(c);
            throw new StoreException("Cannot open the profile database " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private static String url(Path absolute) {
        return "jdbc:sqlite:" + absolute;
    }

    /**
     * Asks before changing anything, on a connection that cannot write: a newer file must stay byte
     * for byte as it was, its {@code -wal} too. A read-write connection would checkpoint the
     * {@code -wal} into the main file when it closed, even after only reading.
     */
    private static void refuseIfNewer(Path absolute, int known) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        int found;
        try (Connection ro = DriverManager.getConnection(url(absolute), config.toProperties())) {
            found = userVersion(ro);
        }
        if (found > known) {
            throw new NewerSchemaException(absolute, found, known);
        }
    }

    private static String journalModeWal(Statement s) throws SQLException {
        try (var rs = s.executeQuery("PRAGMA journal_mode = WAL")) {
            return rs.next() ? rs.getString(1) : "unknown";
        }
    }

    public Path file() {
        return file;
    }

    public int schemaVersion() {
        return read(Database::userVersion);
    }

    /**
     * Runs {@code work} in one write transaction: all of it is committed, or on any exception none
     * of it. {@code BEGIN IMMEDIATE} takes the write lock up front, so a read-then-write (compare
     * stamps, then update) cannot interleave with another process's write.
     *
     * <p>Called from inside another transaction's work, it joins that transaction: there is no
     * savepoint, so the inner work's writes are committed or rolled back only with the outer
     * transaction. An exception from the inner work that the outer work catches and carries on
     * from does <em>not</em> undo the inner writes; let it propagate if they must go.
     */
    public <T> T transaction(SqlWork<T> work) {
        lock.lock();
        try {
            if (inTransaction) {
                // Nested call from inside a transaction: the outer one commits or rolls back.
                return work.run(connection);
            }
            // Explicit BEGIN/COMMIT with the driver left in auto-commit mode: sqlite-jdbc's own
            // transaction handling would open the next transaction right after each commit.
            execute("BEGIN IMMEDIATE");
            inTransaction = true;
            boolean committed = false;
            try {
                T result = work.run(connection);
                execute("COMMIT");
                committed = true;
                return result;
            } finally {
                inTransaction = false;
                if (!committed) {
                    rollbackQuietly();
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Database write failed in " + file + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    /** Runs read-only {@code work}; inside a transaction it sees that transaction's writes. */
    public <T> T read(SqlWork<T> work) {
        lock.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("Database read failed in " + file + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /** {@code PRAGMA integrity_check}: "ok" for a healthy file, otherwise the problems found. */
    public String integrityCheck() {
        return read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("PRAGMA integrity_check")) {
                StringBuilder out = new StringBuilder();
                while (rs.next()) {
                    if (out.length() > 0) {
                        out.append('\n');
                    }
                    out.append(rs.getString(1));
                }
                return out.toString();
            }
        });
    }

    private void migrate(List<Migration> migrations, int known) throws SQLException {
        int seen = userVersion(connection);
        if (seen > known) {
            // A newer FieldReport migrated the file after refuseIfNewer looked.
            throw new NewerSchemaException(file, seen, known);
        }
        if (seen == known) {
            return; // versions only grow, so an up-to-date file needs no write lock
        }
        for (Migration m : migrations) {
            if (m.version() > seen) {
                seen = migrateTo(m, known);
            }
        }
    }

    /**
     * Applies one migration unless it already is: another process (the CLI beside the app) may have
     * migrated the file since this one looked, so the version counts only as read under the write
     * lock. DDL and user_version are transactional in SQLite: a failed step leaves the old version.
     *
     * @return the version the file is at now
     */
    private int migrateTo(Migration m, int known) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            boolean done = false;
            try {
                int current = userVersion(connection);
                if (current > known) {
                    throw new NewerSchemaException(file, current, known);
                }
                if (m.version() <= current) {
                    return current;
                }
                if (m.version() != current + 1) {
                    throw new IllegalStateException("migrations must be numbered without gaps: after "
                            + current + " comes " + m.version());
                }
                try {
                    for (String sql : m.statements()) {
                        s.execute(sql);
                    }
                    s.execute("PRAGMA user_version = " + m.version());
                    s.execute("COMMIT");
                    done = true;
                } catch (SQLException e) {
                    throw new SQLException("migration " + m.version() + " (" + m.description() + ") failed: "
                            + e.getMessage(), e);
                }
                return m.version();
            } finally {
                if (!done) {
                    s.execute("ROLLBACK");
                }
            }
        }
    }

    private static int userVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private void rollbackQuietly() {
        try {
            execute("ROLLBACK");
        } catch (SQLException e) {
            System.getLogger(Database.class.getName()).log(System.Logger.Level.WARNING,
                    "rollback failed in " + file, e);
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // Already failing to open: the first error is the one to report.
            }
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("Cannot close " + file + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }
}
