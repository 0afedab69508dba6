package io.fieldreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.SyncClient;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad usage and bad input get exit code 2 and a message that says what to do; nothing is written. */
class FieldReportCliUsageTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        var cli = FieldReportCli.commandLine(SyncClient.Options.DEFAULT);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void anUnknownCommandOrMissingOptionIsBadUsage() {
        assertEquals(2, run("frobnicate").code());
        Run login = run("login", "--profile", dir.toString(), "--server", "http://127.0.0.1:1");
        assertEquals(2, login.code());
        assertTrue(login.err().contains("--token"), login.err());
    }

    @Test
    void editingWithoutSigningInSaysToSignIn() {
        Run r = run("comment", "add", "roof.coverings", "--text", "x", "--inspection",
                "6f1c2a4e-8d3b-4c1a-9e2f-0a1b2c3d4e5f", "--profile", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("not on this laptop") || r.err().contains("Sign in"), r.err());
    }

    @Test
    void aCommandNeedingAnOpenInspectionSaysHowToOpenOne() {
        Run r = run("items", "--profile", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("open INSPECTION_ID"), r.err());
    }

    @Test
    void syncingWithoutSigningInSaysToSignIn() {
        Run r = run("save", "--profile", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Not signed in"), r.err());
    }

    @Test
    void aBadRatingListsTheAcceptedOnes() {
        Run r = run("comment", "edit", "6f1c2a4e-8d3b-4c1a-9e2f-0a1b2c3d4e5f", "--rating", "awful",
                "--profile", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("satisfactory, maintenance, defect or safety"), r.err());
    }

    @Test
    void statusOfAFreshProfileShowsNothingPending() {
        Run r = run("status", "--json", "--profile", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"changesToUpload\":0"), r.out());
    }
}
