package io.fieldreport.desktop.testing;

import io.fieldreport.sync.CancelToken;
import io.fieldreport.sync.SyncClient;
import io.fieldreport.sync.SyncException;
import io.fieldreport.sync.SyncListener;
import io.fieldreport.sync.engine.Backoff;
import io.fieldreport.sync.engine.Pause;
import io.fieldreport.sync.engine.SyncEngine;
import io.fieldreport.sync.protocol.LockRequest;
import io.fieldreport.sync.protocol.WireCodec;
import io.fieldreport.sync.transport.OkHttpWebApi;
import io.fieldreport.sync.transport.WebException;
import io.fieldreport.web.WebServer;
import io.fieldreport.web.WebServerConfig;
import io.fieldreport.web.admin.DemoSeed;
import io.fieldreport.web.admin.InspectionSnapshot;
import io.fieldreport.web.admin.NewUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A mock web started in-process on 127.0.0.1 with a free port and the demo people, for one test
 * class; fresh inspections per test keep the tests apart.
 */
public final class TestWeb implements AutoCloseable {

    /** sync-client with short retries: an unreachable web fails in well under a second. */
    public static final SyncClient.Options FAST = new SyncClient.Options(Clock.systemUTC(),
            new SyncEngine.Settings(new Backoff(20, 100, 2), Pause.REAL, 60));

    public final WebServer server;
    public final DemoSeed demo;
    /** The device id of the other laptop that holds a lock in tests. */
    private static final String OTHER_LAPTOP = "lap-0000000000b1";
    private int next;

    private TestWeb(WebServer server) {
        this.server = server;
        this.demo = server.admin().seedDemo();
    }

    public static TestWeb start(Path dataDir) {
        try {
            return new TestWeb(WebServer.start(WebServerConfig.builder(dataDir).port(0).threads(8).build()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return server.baseUrl();
    }

    public NewUser ana() {
        return demo.ana();
    }

    public NewUser ben() {
        return demo.ben();
    }

    public NewUser office() {
        return demo.office();
    }

    /** A new inspection from the template, assigned to Ana and Ben. */
    public UUID newInspection() {
        UUID id = server.admin().createInspection((100 + next++) + " Test Lane, Bend, OR", "Test Client",
                LocalDate.now());
        server.admin().assign(ana().id(), id);
        server.admin().assign(ben().id(), id);
        return id;
    }

    public InspectionSnapshot snapshot(UUID inspection) {
        return server.admin().inspection(inspection);
    }

    /** A profile signed in as {@code who}; with an inspection, that one downloaded and open. */
    public SyncClient client(Path profile, NewUser who, UUID inspection) {
        SyncClient client = SyncClient.open(profile, FAST);
        try {
            client.signIn(url(), who.token());
            if (inspection != null) {
                client.open(inspection, SyncListener.NONE, new CancelToken());
            }
        } catch (SyncException e) {
            client.close();
            throw new IllegalStateException(e);
        }
        return client;
    }

    /**
     * Takes the inspection's sync lock as {@code who}, as another laptop mid-sync would, through
     * sync-client's own transport and wire records; returns the lock id.
     */
    public String holdLock(UUID inspection, NewUser who) throws IOException, WebException {
        OkHttpWebApi api = api(who);
        try {
            return api.acquireLock(inspection, new LockRequest(OTHER_LAPTOP, 120)).lockId();
        } finally {
            api.shutdown();
        }
    }

    public void releaseLock(UUID inspection, NewUser who, String lockId) throws IOException, WebException {
        OkHttpWebApi api = api(who);
        try {
            api.releaseLock(inspection, lockId);
        } finally {
            api.shutdown();
        }
    }

    private OkHttpWebApi api(NewUser who) {
        return new OkHttpWebApi(OkHttpWebApi.parseBase(url()), who.token(), new WireCodec(), Clock.systemUTC(),
                (server, sent, received) -> { });
    }

    @Override
    public void close() {
        server.close();
    }
}
