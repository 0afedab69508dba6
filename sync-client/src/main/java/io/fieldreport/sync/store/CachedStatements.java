package io.fieldreport.sync.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps each SQL text's prepared statement for the life of the connection, so that the stores'
 * {@code try (var ps = c.prepareStatement(SQL)) { ... }} compiles its SQL once instead of at every
 * call. Compiling is most of the cost of a small statement in SQLite (a statement on a table with
 * triggers compiles the triggers too): without this, a push of 5,000 comment changes spent half its
 * time at the web in {@code prepareStatement}, and an initial sync two thirds of its SQL time.
 *
 * <p>The stores need not know: {@link #around} gives a {@link Connection} whose
 * {@code prepareStatement(String)} lends the kept statement, and whose statements' {@code close()}
 * gives it back instead of freeing it: the result set it opened is closed (which resets the
 * statement, so it holds no read snapshot), and its parameters and batch are cleared. A statement
 * still lent out when the same SQL is asked for again (a query run while iterating the same query)
 * is not shared: the second caller gets a statement of its own, closed as usual. The most recently
 * used {@value #MAX_KEPT} SQL texts are kept; the rest are closed.
 *
 * <p>Not thread-safe: {@link Database} lends its connection to one thread at a time, under its lock.
 * Apache Commons DBCP's {@code PoolingConnection} does the same job, but would bring a connection
 * pool, its object pool, JNDI, JMX and commons-logging to a program with one connection.
 */
final class CachedStatements implements AutoCloseable {

    static final int MAX_KEPT = 128;

    private final Connection connection;
    private final Map<String, Kept> kept = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
            if (size() <= MAX_KEPT) {
                return false;
            }
            eldest.getValue().retire();
            return true;
        }
    };
    private final Connection lending;

    private CachedStatements(Connection connection) {
        this.connection = connection;
        this.lending = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, this::onConnection);
    }

    /** The cache around {@code connection}; {@link #connection()} is what the stores are handed. */
    static CachedStatements around(Connection connection) {
        return new CachedStatements(connection);
    }

    /** The connection that lends kept statements; everything but {@code prepareStatement(String)} goes to the real one. */
    Connection connection() {
        return lending;
    }

    /** How many SQL texts have a statement kept: for tests. */
    int size() {
        return kept.size();
    }

    private Object onConnection(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getName().equals("prepareStatement") && args != null && args.length == 1) {
            return lend((String) args[0]);
        }
        if (method.getName().equals("close") && (args == null || args.length == 0)) {
            try {
                close();
            } finally {
                connection.close();
            }
            return null;
        }
        return forward(connection, method, args);
    }

    private PreparedStatement lend(String sql) throws SQLException {
        Kept k = kept.get(sql);
        if (k == null) {
            k = new Kept(connection.prepareStatement(sql));
            kept.put(sql, k);
        } else if (k.lent) {
            return connection.prepareStatement(sql);
        }
        k.lent = true;
        return k.view;
    }

    /** Closes every kept statement (closing {@link #connection()} does this too). */
    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (Kept k : kept.values()) {
            try {
                k.statement.close();
            } catch (SQLException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        kept.clear();
        if (first != null) {
            throw first;
        }
    }

    private static Object forward(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** One SQL text's statement, and the view of it that is lent out. */
    private static final class Kept {
        final PreparedStatement statement;
        final PreparedStatement view;
        /** Result sets opened since it was lent: closed when it comes back. */
        final List<ResultSet> open = new ArrayList<>(1);
        boolean lent;
        /** Evicted while lent: closed for real when it comes back. */
        boolean retired;

        Kept(PreparedStatement statement) {
            this.statement = statement;
            this.view = (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                    new Class<?>[] {PreparedStatement.class}, this::onStatement);
        }

        private Object onStatement(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close":
                    giveBack();
                    return null;
                case "isClosed":
                    return !lent || statement.isClosed();
                default:
                    if (!lent) {
                        throw new SQLException("statement is closed");
                    }
                    Object result = forward(statement, method, args);
                    if (result instanceof ResultSet rs) {
                        open.add(rs);
                    }
                    return result;
            }
        }

        private void giveBack() throws SQLException {
            if (!lent) {
                return; // closing twice is allowed, as for any statement
            }
            lent = false;
            try {
                for (ResultSet rs : open) {
                    rs.close();
                }
            } finally {
                open.clear();
                if (retired) {
                    statement.close();
                } else {
                    statement.clearParameters();
                    statement.clearBatch();
                }
            }
        }

        void retire() {
            retired = true;
            if (!lent) {
                try {
                    statement.close();
                } catch (SQLException e) {
                    System.getLogger(CachedStatements.class.getName()).log(System.Logger.Level.DEBUG,
                            "closing an evicted statement failed", e);
                }
            }
        }
    }
}
