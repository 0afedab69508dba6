package io.fieldreport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.cli.FieldReportCli;
import io.fieldreport.sync.SyncClient;
import io.fieldreport.sync.protocol.LockRequest;
import io.fieldreport.sync.protocol.WireCodec;
import io.fieldreport.sync.transport.OkHttpWebApi;
import io.fieldreport.web.faults.PoorSignal;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/QA.md's two-inspector walk-through, and the exit codes scripts rely on. */
class CommandLineTest {

    @TempDir
    Path dir;
    TestWeb web;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void start() throws Exception {
        web = new TestWeb(dir.resolve("web"));
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private Run cli(String profile, String... args) {
        var line = FieldReportCli.commandLine(new SyncClient.Options(web.clock, Laptop.FAST));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--profile";
        all[args.length + 1] = dir.resolve(profile).toString();
        int code = line.execute(all);
        return new Run(code, out.toString().trim(), err.toString().trim());
    }

    private Run ok(String profile, String... args) {
        Run r = cli(profile, args);
        assertEquals(0, r.code(), String.join(" ", args) + " failed: " + r.err());
        return r;
    }

    @Test
    void twoInspectorsWorkOnOneInspectionFromTheCommandLine() throws Exception {
        String id = web.inspection.toString();
        assertTrue(ok("ana", "login", "--server", web.url(), "--token", web.ana.token()).out().contains("Ana Reyes"));
        ok("ben", "login", "--server", web.url(), "--token", web.ben.token());
        assertTrue(ok("ana", "inspections").out().contains("12 Elm Street"));
        ok("ana", "open", id);
        ok("ben", "open", id);

        String comment = ok("ana", "comment", "add", "roof.coverings", "--text", "Granules worn off", "--rating", "maintenance").out();
        Path photo = Photos.make(dir.resolve("cam"), "roof.jpg", 50_000, 1);
        String photoId = ok("ana", "photo", "add", comment, photo.toString(), "--caption", "South slope").out();
        assertEquals(36, photoId.length());
        assertTrue(ok("ana", "status").out().contains("Changes not on the web:  2"));
        assertTrue(ok("ana", "save").out().contains("2 changes sent"));

        Run benSync = ok("ben", "sync");
        assertTrue(benSync.out().contains("the web has everything"), benSync.out());
        assertTrue(ok("ben", "comments", "--json").out().contains("Granules worn off"));
        ok("ben", "comment", "edit", comment, "--rating", "defect");
        ok("ben", "sync");
        ok("ana", "sync");
        assertTrue(ok("ana", "comments").out().contains("Defect"));
        assertEquals(0, ok("ana", "verify").code());
        Run status = ok("ana", "status", "--json");
        assertTrue(status.out().contains("\"changesToUpload\":0") && status.out().contains("\"photosToDownload\":0"),
                status.out());
        assertTrue(ok("ana", "items").out().contains("1 comment, Defect"));
    }

    @Test
    void exitCodesTellScriptsWhatWentWrong() throws Exception {
        ok("ana", "login", "--server", web.url(), "--token", web.ana.token());
        ok("ana", "open", web.inspection.toString());
        ok("ana", "settings", "--lock-wait-seconds", "1");
        ok("ana", "comment", "add", "roof.coverings", "--text", "pending");

        var api = new OkHttpWebApi(OkHttpWebApi.parseBase(web.url()), web.ben.token(), new WireCodec(),
                Clock.systemUTC(), (a, b, c) -> { });
        String lock = api.acquireLock(web.inspection, new LockRequest("lap-ben", 60)).lockId();
        Run held = cli("ana", "sync");
        assertEquals(3, held.code(), held.err());
        assertTrue(held.err().contains("Ben Okafor"), held.err());
        api.releaseLock(web.inspection, lock);
        api.shutdown();

        web.admin.setPoorSignal(new PoorSignal(0, 0, 100, 0, 0, 0, 1L));
        Run offline = cli("ana", "save");
        assertEquals(4, offline.code(), offline.err());
        assertTrue(offline.err().contains("1 change is still to send"), offline.err());
        web.admin.setPoorSignal(PoorSignal.OFF);

        ok("ana", "save");
        web.admin.removeComment(web.inspection, web.admin.inspection(web.inspection).comments().get(0).comment().id());
        Run differs = cli("ana", "verify");
        assertEquals(5, differs.code(), differs.out());
        assertTrue(differs.out().contains("on this laptop but not on the web"), differs.out());
        Run forced = ok("ana", "force-sync");
        assertTrue(forced.out().contains("the web has everything"), forced.out());

        assertEquals(2, cli("ana", "comment", "add", "roof.nothing", "--text", "x").code());
    }
}
