package io.fieldreport.web.load;

import static io.fieldreport.web.support.Records.at;
import static io.fieldreport.web.support.Records.change;
import static io.fieldreport.web.support.Records.comment;
import static io.fieldreport.web.support.Records.edit;
import static io.fieldreport.web.support.Records.push;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.clock.Stamp;
import io.fieldreport.sync.clock.Stamped;
import io.fieldreport.sync.protocol.Change;
import io.fieldreport.sync.protocol.ChangeOutcome;
import io.fieldreport.sync.protocol.ChangeResult;
import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.sync.protocol.LockInfo;
import io.fieldreport.sync.protocol.LockRequest;
import io.fieldreport.sync.protocol.Manifest;
import io.fieldreport.sync.protocol.ManifestEntry;
import io.fieldreport.sync.protocol.ManifestHasher;
import io.fieldreport.sync.protocol.PhotoContent;
import io.fieldreport.sync.protocol.PullResponse;
import io.fieldreport.sync.protocol.PushResponse;
import io.fieldreport.sync.protocol.Rating;
import io.fieldreport.sync.protocol.Role;
import io.fieldreport.web.admin.CommentState;
import io.fieldreport.web.admin.InspectionSnapshot;
import io.fieldreport.web.support.Api;
import io.fieldreport.web.support.PhotoBytes;
import io.fieldreport.web.support.Records;
import io.fieldreport.web.support.Reply;
import io.fieldreport.web.support.TestWeb;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConcurrencyTest {

    @RegisterExtension
    static final TestWeb web = TestWeb.perClass();

    /** Runs the tasks at the same moment on their own threads and returns their results. */
    private static <T> List<T> together(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return task.call();
                }));
            }
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void severalInspectorsPushingToOneInspectionAtOnceNeverLoseAnAppliedChange() throws Exception {
        UUID inspection = web.newInspection();
        var shared = comment(UUID.randomUUID(), "roof.coverings", "original", Rating.MAINTENANCE, at(0, "lap-000000000000"), "Ana Reyes");
        web.ana().post(Records.push(inspection), push("lap-000000000000", change(shared)));

        int pushers = 6;
        int batches = 8;
        List<Callable<List<CommentRecord>>> tasks = new ArrayList<>();
        for (int p = 0; p < pushers; p++) {
            int pusher = p;
            String device = String.format("lap-%012d", pusher + 1);
            Api api = pusher % 2 == 0 ? web.ana() : web.ben();
            tasks.add(() -> {
                List<CommentRecord> applied = new ArrayList<>();
                for (int b = 0; b < batches; b++) {
                    // Each batch: two new comments and one edit of the shared comment's text.
                    var one = comment(UUID.randomUUID(), "interior.walls", device + " batch " + b + " a", null,
                            at(1, device), "p" + pusher);
                    var two = comment(UUID.randomUUID(), "interior.floors", device + " batch " + b + " b", null,
                            at(1, device), "p" + pusher);
                    Stamp stamp = new Stamp(at(1 + b, device).millis(), pusher, device);
                    var edit = edit(shared, new Stamped<>(device + " edit " + b, stamp, "p" + pusher), null, null);
                    Reply r = api.post(Records.push(inspection), push(device, change(one), change(two), change(edit)));
                    assertEquals(200, r.status(), r.text());
                    List<ChangeResult> results = r.as(PushResponse.class).results();
                    assertEquals(ChangeOutcome.APPLIED, results.get(0).outcome());
                    assertEquals(ChangeOutcome.APPLIED, results.get(1).outcome());
                    applied.add(one);
                    applied.add(two);
                    applied.add(edit);
                }
                return applied;
            });
        }
        List<CommentRecord> pushed = together(tasks).stream().flatMap(List::stream).toList();

        InspectionSnapshot web = ConcurrencyTest.web.admin().inspection(inspection);
        for (CommentRecord c : pushed) {
            if (!c.id().equals(shared.id())) {
                assertEquals(c, web.comment(c.id()).map(CommentState::comment).orElse(null), "lost: " + c.text().value());
            }
        }
        List<Stamped<String>> edits = new ArrayList<>(pushed.stream().filter(c -> c.id().equals(shared.id()))
                .map(CommentRecord::text).toList());
        edits.sort((a, b) -> a.stamp().compareTo(b.stamp()));
        CommentState sharedNow = web.comment(shared.id()).orElseThrow();
        assertEquals(edits.get(edits.size() - 1), sharedNow.comment().text(), "the latest edit won");
        assertEquals(edits.size(), sharedNow.history().size(), "every other version (and the original) is in history");
        assertEquals(1 + pushers * batches * 2, web.comments().size());
    }

    @Test
    void twentyClientsSyncingAtOnceAreServedWithoutErrors() throws Exception {
        int clients = 20;
        List<Callable<String>> tasks = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            var user = web.admin().createUser("Inspector " + i, Role.INSPECTOR);
            UUID inspection = web.admin().createInspection((100 + i) + " Harbor View Drive", "Client " + i,
                    LocalDate.of(2026, 12, 1));
            web.admin().assign(user.id(), inspection);
            Api api = web.anonymous().as(user.token());
            String device = String.format("lap-%012x", 0xabc000 + i);
            int seed = i;
            tasks.add(() -> syncOnce(api, inspection, device, seed));
        }
        long start = System.nanoTime();
        List<String> outcomes = together(tasks);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(Collections.nCopies(clients, "ok"), outcomes);
        assertTrue(millis < 60_000, "20 syncs took " + millis + " ms");
    }

    /** One Sync as docs/PROTOCOL.md section 11 describes it; "ok" when the roots match at the end. */
    private static String syncOnce(Api api, UUID inspection, String device, int seed) {
        expect(200, api.get("/api/health"));
        Reply locked = expect(200, api.post(Records.path(inspection, "/lock"), new LockRequest(device, 60)));
        String lockId = locked.as(LockInfo.class).lockId();

        byte[] bytes = PhotoBytes.random(40_000, seed);
        PhotoContent content = PhotoBytes.contentOf(bytes);
        expect(200, PhotoBytes.head(api, inspection, content.sha256()));
        PhotoBytes.upload(api, inspection, bytes);

        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            var c = comment(UUID.randomUUID(), "interior.walls", "note " + i, Rating.values()[i % 4], at(i, device), "me");
            changes.add(change(c));
            if (i == 0) {
                changes.add(change(Records.photo(UUID.randomUUID(), c.id(), content, "wall", at(i, device), "me")));
            }
        }
        Reply pushed = expect(200, api.post(Records.push(inspection), push(device, changes.toArray(Change[]::new))));
        pushed.as(PushResponse.class).results().forEach(r -> {
            if (r.outcome() != ChangeOutcome.APPLIED) {
                throw new AssertionError("not applied: " + r);
            }
        });

        List<ManifestEntry> mine = new ArrayList<>();
        String cursor = "";
        PullResponse page;
        do {
            page = expect(200, api.get(Records.path(inspection, "/changes?limit=10&since=" + cursor))).as(PullResponse.class);
            page.comments().forEach(c -> mine.add(ManifestHasher.comment(c)));
            page.photos().forEach(p -> mine.add(ManifestHasher.photo(p, true)));
            cursor = page.nextCursor();
        } while (page.more());

        byte[] downloaded = expect(200, api.get(Records.path(inspection, "/photos/" + content.sha256()))).body();
        Manifest manifest = expect(200, api.get(Records.path(inspection, "/manifest?entries=false"))).as(Manifest.class);
        expect(204, api.delete(Records.path(inspection, "/lock/" + lockId)));
        boolean same = Arrays.equals(bytes, downloaded) && manifest.root().equals(ManifestHasher.root(mine));
        return same ? "ok" : "manifest or photo differs";
    }

    private static Reply expect(int status, Reply r) {
        if (r.status() != status) {
            throw new AssertionError("expected " + status + ", got " + r);
        }
        return r;
    }
}
