package io.fieldreport.desktop.selfcheck;

import io.fieldreport.sync.SyncClient;
import io.fieldreport.sync.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens the profile folder as the app would (creating it and migrating its database), and checks
 * that the folder takes new files. It reads only: the inspector's work is not changed, and a
 * profile from a newer FieldReport is refused untouched, as the app itself refuses it.
 */
final class ProfileCheck implements Check {

    private final Path dir;

    ProfileCheck(Path dir) {
        this.dir = dir.toAbsolutePath();
    }

    @Override
    public String what() {
        return "profile";
    }

    @Override
    public CheckResult run() {
        boolean existed = Files.isDirectory(dir);
        String opened;
        try (SyncClient client = SyncClient.open(dir, SyncClient.Options.DEFAULT)) {
            String account = client.account().map(a -> "signed in as " + a.name() + " at " + a.serverUrl())
                    .orElse("not signed in");
            opened = "database opened and up to date, device " + client.deviceId() + ", " + account + ", "
                    + client.localInspections().size() + " inspection(s) on this laptop";
        } catch (StoreException e) {
            return CheckResult.failed("profile", dir + ": " + e.getMessage());
        }
        try {
            // The database file may be writable while the folder is not (photos are new files).
            Files.delete(Files.createTempFile(dir, ".self-check-", ".tmp"));
        } catch (IOException e) {
            return CheckResult.failed("profile", dir + ": the folder does not take new files (" + e + ")");
        }
        return CheckResult.passed("profile", dir + (existed ? "" : " (created)") + ": " + opened
                + ", folder writable");
    }
}
