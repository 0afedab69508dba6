package io.fieldreport.sync.store;

import java.util.List;

/** One schema step: the statements that take the database from {@code version - 1} to {@code version}. */
public record Migration(int version, String description, List<String> statements) {

    public Migration {
        statements = List.copyOf(statements);
    }
}
