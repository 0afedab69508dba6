package io.fieldreport.sync.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    private String pragma(Database db, String name) {
        return db.read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("PRAGMA " + name)) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    @Test
    void anEmptyFileIsMigratedToTheLatestSchemaWithWalAndForeignKeys() {
        try (Database db = Database.open(dir.resolve("p.db"), Migrations.all())) {
            assertEquals(Migrations.latestVersion(), db.schemaVersion());
            assertEquals("wal", pragma(db, "journal_mode"));
            assertEquals("1", pragma(db, "foreign_keys"));
            assertEquals("2", pragma(db, "synchronous"), "FULL: a saved edit survives a power cut");
            assertTrue(Integer.parseInt(pragma(db, "busy_timeout")) >= 5_000);
            assertEquals("ok", db.integrityCheck());
        }
    }

    @Test
    void everyEarlierVersionMigratesToTheLatestAndKeepsItsData() {
        List<Migration> all = Migrations.all();
        for (int version = 1; version <= all.size(); version++) {
            Path file = dir.resolve("v" + version + ".db");
            try (Database old = Database.open(file, all.subList(0, version))) {
                old.transaction(c -> {
                    try (var s = c.createStatement()) {
                        s.execute("INSERT INTO settings(key, value) VALUES ('written.at', 'v-old')");
                    }
                    return null;
                });
                assertEquals(version, old.schemaVersion());
            }
            try (Database upgraded = Database.open(file, all)) {
                assertEquals(Migrations.latestVersion(), upgraded.schemaVersion());
                assertEquals("v-old", new Settings(upgraded).get("written.at").orElseThrow());
                assertEquals("ok", upgraded.integrityCheck());
            }
        }
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("newer.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement()) {
            s.execute("CREATE TABLE future (x)");
            s.execute("PRAGMA user_version = " + (Migrations.latestVersion() + 5));
        }
        byte[] before = Files.readAllBytes(file);

        var e = assertThrows(NewerSchemaException.class, () -> Database.open(file, Migrations.all()));

        assertTrue(e.getMessage().contains("newer version of FieldReport"), e.getMessage());
        assertTrue(e.getMessage().contains("was not changed"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aFailingMigrationLeavesThePreviousVersionWhole() {
        Path file = dir.resolve("p.db");
        Database.open(file, Migrations.all()).close();
        var broken = new ArrayList<>(Migrations.all());
        int next = Migrations.latestVersion() + 1;
        broken.add(new Migration(next, "half-good", List.of(
                "CREATE TABLE half (x)", "INSERT INTO no_such_table VALUES (1)")));

        var e = assertThrows(StoreException.class, () -> Database.open(file, broken));
        assertTrue(e.getMessage().contains("migration " + next), e.getMessage());

        try (Database db = Database.open(file, Migrations.all())) {
            assertEquals(Migrations.latestVersion(), db.schemaVersion());
            int halfTables = db.read(c -> {
                try (var s = c.createStatement();
                     var rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'half'")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertEquals(0, halfTables, "the first statement of the failed migration was rolled back");
        }
    }

    @Test
    void aTransactionThatThrowsWritesNothing() {
        try (Database db = Database.open(dir.resolve("p.db"), Migrations.all())) {
            var settings = new Settings(db);
            assertThrows(IllegalStateException.class, () -> db.transaction(c -> {
                Settings.put(c, "a", "1");
                throw new IllegalStateException("crash in the middle");
            }));
            assertTrue(settings.get("a").isEmpty());
        }
    }
}
