package io.fieldreport.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.ProfileLocation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppArgumentsTest {

    @Test
    void withoutArgumentsTheProfileIsInTheUsualPlace() {
        AppArguments a = AppArguments.parse(List.of());
        assertFalse(a.demo());
        assertEquals(ProfileLocation.defaultDir(), a.profileOrDefault());
    }

    @Test
    void profileWebAndTokenAreTaken() {
        AppArguments a = AppArguments.parse(List.of("--profile", "/tmp/p", "--web", "http://w", "--token", "t"));
        assertEquals(Path.of("/tmp/p"), a.profileOrDefault());
        assertEquals("http://w", a.web());
        assertEquals("t", a.token());
    }

    @Test
    void theDemoKeepsItsProfileInItsFolderUnlessTold() {
        AppArguments a = AppArguments.parse(List.of("--demo", "--demo-dir", "/tmp/demo"));
        assertTrue(a.demo());
        assertEquals(Path.of("/tmp/demo/profile"), a.profileOrDefault());
        assertEquals(Path.of("/tmp/p"), AppArguments.parse(List.of("--demo", "--profile", "/tmp/p")).profileOrDefault());
    }

    @Test
    void selfCheckTakesTheProfileItWouldOpen() {
        assertFalse(AppArguments.parse(List.of()).selfCheck());
        AppArguments a = AppArguments.parse(List.of("--self-check", "--profile", "/tmp/p"));
        assertTrue(a.selfCheck());
        assertEquals(Path.of("/tmp/p"), a.profileOrDefault());
        assertEquals(ProfileLocation.defaultDir(), AppArguments.parse(List.of("--self-check")).profileOrDefault());
    }

    @Test
    void selfCheckRefusesOptionsForTheWindow() {
        var e = assertThrows(IllegalArgumentException.class, () -> AppArguments.parse(List.of("--self-check", "--demo")));
        assertTrue(e.getMessage().contains("--self-check only goes with --profile"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> AppArguments.parse(List.of("--self-check", "--web", "http://w")));
    }

    @Test
    void mistakesAreRefusedWithTheUsage() {
        var e = assertThrows(IllegalArgumentException.class, () -> AppArguments.parse(List.of("--profil", "x")));
        assertTrue(e.getMessage().contains("usage:"));
        assertThrows(IllegalArgumentException.class, () -> AppArguments.parse(List.of("--profile")));
        assertThrows(IllegalArgumentException.class, () -> AppArguments.parse(List.of("--demo-dir", "x")));
    }
}
