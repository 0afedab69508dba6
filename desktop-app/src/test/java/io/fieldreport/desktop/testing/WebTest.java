package io.fieldreport.desktop.testing;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** A mock web started in-process on a free port for the test class, and closed after it. */
public abstract class WebTest {

    @TempDir
    static Path webDir;
    protected static TestWeb web;

    @TempDir
    protected Path dir;

    @BeforeAll
    static void startWeb() {
        web = TestWeb.start(webDir);
    }

    @AfterAll
    static void stopWeb() {
        web.close();
    }
}
