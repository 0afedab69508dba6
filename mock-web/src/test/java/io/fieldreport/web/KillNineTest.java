package io.fieldreport.web;

import static io.fieldreport.web.support.Records.at;
import static io.fieldreport.web.support.Records.change;
import static io.fieldreport.web.support.Records.comment;
import static io.fieldreport.web.support.Records.push;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.protocol.Change;
import io.fieldreport.sync.protocol.ChangeOutcome;
import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.sync.protocol.PushResponse;
import io.fieldreport.web.admin.InspectionSnapshot;
import io.fieldreport.web.support.Api;
import io.fieldreport.web.support.Records;
import io.fieldreport.web.support.Reply;
import io.fieldreport.web.support.WebProcess;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 in the middle of pushes: the database stays consistent and keeps every acknowledged change. */
class KillNineTest {

    private static final UUID DEMO = UUID.fromString("3b0c6a52-8f1e-4d7a-9c3e-5a2b1d0e7f64");

    @TempDir
    Path dir;

    @Test
    void aKillDuringPushesLeavesAConsistentDatabaseWithEveryAcknowledgedChange() throws Exception {
        List<CommentRecord> acknowledged = new CopyOnWriteArrayList<>();
        try (WebProcess web = WebProcess.start(dir, "--port", "0", "--data", "d", "--seed", "demo", "--admin-token", "t")) {
            Api ana = new Api(web.awaitListening(), "ana-demo-token");
            Thread pusher = new Thread(() -> pushUntilTheWebDies(ana, acknowledged), "pusher");
            pusher.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (acknowledged.size() < 200 && System.nanoTime() < deadline && pusher.isAlive()) {
                pusher.join(20); // waits on the pusher's progress, bounded; not a sleep as synchronisation
            }
            web.kill();
            pusher.join(30_000);
        }
        assertTrue(acknowledged.size() >= 200, "only " + acknowledged.size() + " changes were acknowledged before the kill");

        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("d").resolve("web.db"));
             var s = c.createStatement(); var rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertEquals("ok", rs.getString(1));
        }
        try (WebServer web = WebServer.start(WebServerConfig.builder(dir.resolve("d")).port(0).build())) {
            InspectionSnapshot after = web.admin().inspection(DEMO);
            for (CommentRecord c : acknowledged) {
                assertEquals(c, after.comment(c.id()).orElseThrow(() -> new AssertionError("lost " + c.text().value()))
                        .comment());
            }
        }
    }

    /** Pushes batches of five new comments until the connection fails; records what the web acknowledged. */
    private static void pushUntilTheWebDies(Api ana, List<CommentRecord> acknowledged) {
        String device = "lap-9999aaaa0000";
        for (int batch = 0; batch < 100_000; batch++) {
            CommentRecord[] comments = new CommentRecord[5];
            Change[] changes = new Change[5];
            for (int i = 0; i < 5; i++) {
                comments[i] = comment(UUID.randomUUID(), "interior.walls", "batch " + batch + " #" + i, null,
                        at(1, device), "Ana Reyes");
                changes[i] = change(comments[i]);
            }
            Reply r;
            try {
                r = ana.trySend(ana.request(Records.push(DEMO)).POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        new io.fieldreport.sync.protocol.WireCodec().encode(push(device, changes)))));
            } catch (IOException webDied) {
                return;
            }
            if (r.status() != 200) {
                return;
            }
            var results = r.as(PushResponse.class).results();
            for (int i = 0; i < 5; i++) {
                if (results.get(i).outcome() == ChangeOutcome.APPLIED) {
                    acknowledged.add(comments[i]);
                }
            }
        }
    }
}
