package io.fieldreport.desktop.selfcheck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.SyncClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileCheckTest {

    @TempDir
    Path dir;

    @Test
    void aMissingProfileIsCreatedWithItsDatabase() {
        Path profile = dir.resolve("fieldreport");

        CheckResult r = new ProfileCheck(profile).run();

        assertTrue(r.passed(), r.detail());
        assertTrue(r.detail().contains("(created)"), r.detail());
        assertTrue(r.detail().contains("not signed in"), r.detail());
        assertTrue(Files.isRegularFile(profile.resolve("fieldreport.db")));
    }

    @Test
    void anExistingProfileKeepsItsDeviceAndIsNotCalledCreated() {
        Path profile = dir.resolve("fieldreport");
        String device;
        try (SyncClient client = SyncClient.open(profile, SyncClient.Options.DEFAULT)) {
            device = client.deviceId();
        }

        CheckResult r = new ProfileCheck(profile).run();

        assertTrue(r.passed(), r.detail());
        assertFalse(r.detail().contains("(created)"), r.detail());
        assertTrue(r.detail().contains("device " + device), r.detail());
    }

    @Test
    void theWriteProbeLeavesNothingBehind() throws Exception {
        Path profile = dir.resolve("fieldreport");

        new ProfileCheck(profile).run();

        try (var files = Files.list(profile)) {
            assertEquals(List.of(), files.map(f -> f.getFileName().toString())
                    .filter(name -> name.startsWith(".self-check-")).toList());
        }
    }

    @Test
    void aProfileFromANewerFieldReportFailsAndIsLeftAsItWas() throws Exception {
        Path profile = Files.createDirectories(dir.resolve("fieldreport"));
        Path db = profile.resolve("fieldreport.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 9999");
        }
        byte[] before = Files.readAllBytes(db);

        CheckResult r = new ProfileCheck(profile).run();

        assertFalse(r.passed());
        assertTrue(r.detail().contains("newer version of FieldReport"), r.detail());
        assertArrayEquals(before, Files.readAllBytes(db));
    }

    @Test
    void aProfilePathThatIsAFileFailsNamingThePath() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("fieldreport"), "not a folder");

        CheckResult r = new ProfileCheck(notAFolder).run();

        assertFalse(r.passed());
        assertTrue(r.detail().startsWith(notAFolder.toAbsolutePath().toString()), r.detail());
    }
}
