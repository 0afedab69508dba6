package io.fieldreport.desktop.selfcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelfCheckTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void allChecksPassingExitsZeroAndSaysWhatEachFound() {
        int code = new SelfCheck("FieldReport 9.9 self-check", List.of(
                () -> CheckResult.passed("profile", "/p: database opened"),
                () -> CheckResult.passed("javafx", "toolkit started"))).run(out);

        assertEquals(SelfCheck.PASSED, code);
        assertEquals(List.of("FieldReport 9.9 self-check",
                "ok      profile  /p: database opened",
                "ok      javafx   toolkit started",
                "self-check passed"), printed().lines().toList());
    }

    @Test
    void oneFailedCheckExitsNonZeroAndTheOthersStillRun() {
        List<String> ran = new ArrayList<>();
        int code = new SelfCheck("header", List.of(
                () -> {
                    ran.add("profile");
                    return CheckResult.failed("profile", "/p: written by a newer FieldReport");
                },
                () -> {
                    ran.add("javafx");
                    return CheckResult.passed("javafx", "toolkit started");
                })).run(out);

        assertEquals(SelfCheck.FAILED, code);
        assertEquals(List.of("profile", "javafx"), ran);
        assertTrue(printed().contains("FAILED  profile  /p: written by a newer FieldReport"), printed());
        assertTrue(printed().strip().endsWith("self-check FAILED: see the lines marked FAILED above"), printed());
    }

    @Test
    void theHeaderNamesTheJavaRuntimeInUse() {
        String header = SelfCheck.header();

        assertTrue(header.startsWith("FieldReport "), header);
        assertTrue(header.contains(System.getProperty("java.home")), header);
    }
}
