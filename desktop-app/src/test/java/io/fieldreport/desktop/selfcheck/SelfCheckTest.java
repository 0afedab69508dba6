package io.fieldreport.desktop.selfcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class SelfCheckTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** A check that returns, or throws, whatever the test says. */
    private record FakeCheck(String what, Supplier<CheckResult> result) implements Check {

        @Override
        public CheckResult run() {
            return result.get();
        }
    }

    @Test
    void allChecksPassingExitsZeroAndSaysWhatEachFound() {
        int code = new SelfCheck("FieldReport 9.9 self-check", List.of(
                new FakeCheck("profile", () -> CheckResult.passed("profile", "/p: database opened")),
                new FakeCheck("javafx", () -> CheckResult.passed("javafx", "toolkit started")))).run(out);

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
                new FakeCheck("profile", () -> {
                    ran.add("profile");
                    return CheckResult.failed("profile", "/p: written by a newer FieldReport");
                }),
                new FakeCheck("javafx", () -> {
                    ran.add("javafx");
                    return CheckResult.passed("javafx", "toolkit started");
                }))).run(out);

        assertEquals(SelfCheck.FAILED, code);
        assertEquals(List.of("profile", "javafx"), ran);
        assertTrue(printed().contains("FAILED  profile  /p: written by a newer FieldReport"), printed());
        assertTrue(printed().strip().endsWith("self-check FAILED: see the lines marked FAILED above"), printed());
    }

    @Test
    void aCheckThatThrowsIsReportedAsFailedWithItsMessageAndTheNextCheckStillRuns() {
        int code = new SelfCheck("header", List.of(
                new FakeCheck("profile", () -> {
                    throw new IllegalStateException("no such table: settings");
                }),
                new FakeCheck("javafx", () -> CheckResult.passed("javafx", "toolkit started")))).run(out);

        assertEquals(SelfCheck.FAILED, code);
        assertEquals(List.of("header",
                "FAILED  profile  the check itself failed: java.lang.IllegalStateException: no such table: settings",
                "ok      javafx   toolkit started",
                "self-check FAILED: see the lines marked FAILED above"), printed().lines().toList());
    }

    @Test
    void aCheckThatCannotLoadAClassIsReportedAsFailed() {
        int code = new SelfCheck("header", List.of(
                new FakeCheck("javafx", () -> {
                    throw new NoClassDefFoundError("javafx/application/Platform");
                }))).run(out);

        assertEquals(SelfCheck.FAILED, code);
        assertTrue(printed().contains("FAILED  javafx   the check itself failed: java.lang.NoClassDefFoundError:"
                + " javafx/application/Platform"), printed());
    }

    @Test
    void theHeaderNamesTheJavaRuntimeInUse() {
        String header = SelfCheck.header();

        assertTrue(header.startsWith("FieldReport "), header);
        assertTrue(header.contains(System.getProperty("java.home")), header);
    }
}
