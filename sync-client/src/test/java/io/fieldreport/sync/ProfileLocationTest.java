package io.fieldreport.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfileLocationTest {

    @Test
    void eachPlatformKeepsTheProfileInItsPerUserDataFolder() {
        assertEquals(Path.of("/home/ana/.local/share/fieldreport"),
                ProfileLocation.defaultDir("Linux", "/home/ana", Map.of()));
        assertEquals(Path.of("/data/ana/fieldreport"),
                ProfileLocation.defaultDir("Linux", "/home/ana", Map.of("XDG_DATA_HOME", "/data/ana")));
        assertEquals(Path.of("/Users/ana/Library/Application Support/FieldReport"),
                ProfileLocation.defaultDir("Mac OS X", "/Users/ana", Map.of()));
        assertEquals(Path.of("C:\\Users\\ana\\AppData\\Local").resolve("FieldReport"),
                ProfileLocation.defaultDir("Windows 11", "C:\\Users\\ana", Map.of("LOCALAPPDATA", "C:\\Users\\ana\\AppData\\Local")));
    }
}
