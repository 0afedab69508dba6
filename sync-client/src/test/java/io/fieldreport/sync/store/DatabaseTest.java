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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
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

    @Test
    void aNewerWalDatabaseWithFramesStillInItsWalIsRefusedAndBothFilesStayByteForByte() throws Exception {
        Path live = Files.createDirectories(dir.resolve("live")).resolve("p.db");
        Path file = Files.createDirectories(dir.resolve("crashed")).resolve("p.db");
        Path wal = Path.of(file + "-wal");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + live); var s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA wal_autocheckpoint = 0");
            s.execute("CREATE TABLE future (x)");
            s.execute("PRAGMA user_version = " + (Migrations.latestVersion() + 5));
            // What a newer FieldReport killed mid-work leaves: the newest pages only in the -wal.
            Files.copy(live, file);
            Files.copy(Path.of(live + "-wal"), wal);
        }
        assertTrue(Files.size(wal) > 0);
        byte[] mainBefore = Files.readAllBytes(file);
        byte[] walBefore = Files.readAllBytes(wal);

        var e = assertThrows(NewerSchemaException.class, () -> Database.open(file, Migrations.all()));

        assertTrue(e.getMessage().contains("schema " + (Migrations.latestVersion() + 5)), e.getMessage());
        assertArrayEquals(mainBefore, Files.readAllBytes(file), "the main file");
        assertArrayEquals(walBefore, Files.readAllBytes(wal), "the -wal file");
    }

    @Test
    void twoProcessesOpeningAFreshFileAtOnceMigrateItOnceAndBothOpen() throws Exception {
        Path file = dir.resolve("p.db");
        List<Thread> openers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "opener-" + openers.size());
            openers.add(t);
            return t;
        });
        try (var holder = DriverManager.getConnection("jdbc:sqlite:" + file); var s = holder.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            // Holding the write lock makes both openers find version 0 and queue for the lock behind it.
            s.execute("BEGIN IMMEDIATE");
            List<Future<Integer>> opened = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                opened.add(pool.submit(() -> {
                    try (Database db = Database.open(file, Migrations.all())) {
                        return db.schemaVersion();
                    }
                }));
            }
            waitUntil(() -> openers.size() == 2 && openers.stream().allMatch(DatabaseTest::isMigrating));
            s.execute("COMMIT");

            for (Future<Integer> f : opened) {
                assertEquals(Migrations.latestVersion(), f.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        try (Database db = Database.open(file, Migrations.all())) {
            assertEquals("ok", db.integrityCheck());
        }
    }

    private static boolean isMigrating(Thread t) {
        for (StackTraceElement frame : t.getStackTrace()) {
            if (frame.getClassName().equals(Database.class.getName()) && frame.getMethodName().startsWith("migrate")) {
                return true;
            }
        }
        return false;
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
            java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }
}
