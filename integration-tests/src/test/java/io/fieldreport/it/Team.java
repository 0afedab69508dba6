package io.fieldreport.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh web and the two inspectors' laptops for each test, all closed and deleted after it:
 * {@code @RegisterExtension final Team team = new Team();}. A laptop is made on first use, so a
 * test that needs only Ana pays only for Ana.
 */
final class Team implements BeforeEachCallback, AfterEachCallback {

    Path dir;
    TestWeb web;
    private Laptop ana;
    private Laptop ben;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        dir = Files.createTempDirectory("fieldreport-it-");
        web = new TestWeb(dir.resolve("web"));
    }

    Laptop ana() {
        if (ana == null) {
            ana = laptop("ana", web.ana);
        }
        return ana;
    }

    Laptop ben() {
        if (ben == null) {
            ben = laptop("ben", web.ben);
        }
        return ben;
    }

    private Laptop laptop(String name, io.fieldreport.web.admin.NewUser user) {
        try {
            return new Laptop(dir.resolve(name), web, user);
        } catch (io.fieldreport.sync.SyncException e) {
            throw new IllegalStateException("could not set up " + name + "'s laptop: " + e.getMessage(), e);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (ana != null) {
            ana.close();
        }
        if (ben != null) {
            ben.close();
        }
        web.close();
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
