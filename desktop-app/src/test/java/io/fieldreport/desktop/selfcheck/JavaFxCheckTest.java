package io.fieldreport.desktop.selfcheck;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The check against a real JavaFX toolkit, headless through Monocle as the other desktop tests run it.
 * Without any display at all the launcher's own path is what the installers' smoke test covers.
 */
class JavaFxCheckTest {

    @BeforeAll
    static void headless() {
        // What TestFX sets in headless mode; the same values if a TestFX test started JavaFX first.
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
    }

    @Test
    void startsTheToolkitAndRendersText() {
        CheckResult r = new JavaFxCheck(Duration.ofSeconds(30), true).run();

        assertTrue(r.passed(), r.detail());
        assertTrue(r.detail().contains("toolkit started"), r.detail());
        assertTrue(r.detail().matches(".*text rendered \\(\\d+x\\d+ px\\).*"), r.detail());
    }

    @Test
    void linuxNeedsADisplayVariableWhileWindowsAndMacAlwaysHaveOne() {
        assertFalse(JavaFxCheck.hasDisplay("Linux", Map.of()));
        assertFalse(JavaFxCheck.hasDisplay("Linux", Map.of("DISPLAY", " ")));
        assertTrue(JavaFxCheck.hasDisplay("Linux", Map.of("DISPLAY", ":0")));
        assertTrue(JavaFxCheck.hasDisplay("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0")));
        assertTrue(JavaFxCheck.hasDisplay("Windows 11", Map.of()));
        assertTrue(JavaFxCheck.hasDisplay("Mac OS X", Map.of()));
    }
}
