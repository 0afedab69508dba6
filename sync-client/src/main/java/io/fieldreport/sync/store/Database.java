package io.fieldreport.sync.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The profile's SQLite file: WAL journal, foreign keys on, a busy timeout for the other process
 * (the desktop app and the CLI may share a profile), and full fsync on commit so that an edit the
 * inspector saw saved survives a power cut. Schema changes are {@link Migration}s keyed by
 * {@code PRAGMA user_version}, each in one transaction; a file newer than this code is refused
 * before anything is written to it.
 *
 * <p>One connection serves every thread in turn; work that does I/O on the network never runs
 * inside {@link #transaction} or {@link #read}.
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
        this.connection = connection;
    }

    public static Database open(Path file, List<Migration> migrations) {
        int known = migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
        Connection c = null;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                // Ask before changing anything: a newer file must stay byte for byte as it was.
                s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
                int found = userVersion(c);
                if (found > known) {
                    throw new NewerSchemaException(file, found, known);
                }
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = FULL");
                s.execute("PRAGMA foreign_keys = ON");
            }
            Database db = new Database(file, c);
            db.migrate(migrations);
            return db;
        } catch (SQLException | java.io.IOException e) {
            closeQuietly(c);
            throw new StoreException("Cannot open the profile database " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
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

    private void migrate(List<Migration> migrations) throws SQLException {
        int current = userVersion(connection);
        for (Migration m : migrations) {
            if (m.version() <= current) {
                continue;
            }
            if (m.version() != current + 1) {
                throw new IllegalStateException("migrations must be numbered without gaps: after "
                        + current + " comes " + m.version());
            }
            // DDL and user_version are transactional in SQLite: a failed step leaves the old version.
            try (Statement s = connection.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
                try {
                    for (String sql : m.statements()) {
                        s.execute(sql);
                    }
                    s.execute("PRAGMA user_version = " + m.version());
                    s.execute("COMMIT");
                } catch (SQLException e) {
                    s.execute("ROLLBACK");
                    throw new SQLException("migration " + m.version() + " (" + m.description() + ") failed: "
                            + e.getMessage(), e);
                }
            }
            current = m.version();
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
