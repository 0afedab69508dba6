package io.fieldreport.sync.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done on the profile's connection, inside a transaction or a read. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection c) throws SQLException;
}
