package io.fieldreport.desktop.testing;

import io.fieldreport.desktop.Session;
import io.fieldreport.desktop.notify.NotificationCenter;
import io.fieldreport.sync.SyncClient;
import io.fieldreport.web.admin.NewUser;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

/**
 * One signed-in laptop for a view model test: its client, a session with the inspection open, a
 * same-thread runner, a manual autosave pause and a notification center.
 */
public final class Profiles implements AutoCloseable {

    public final SyncClient client;
    public final DirectTaskRunner runner = new DirectTaskRunner();
    public final ManualDelay delay = new ManualDelay();
    public final Session session = new Session();
    public final NotificationCenter notices;
    public final UUID inspection;

    public Profiles(TestWeb web, Path profile, NewUser who, UUID inspection) {
        this.inspection = inspection;
        this.client = web.client(profile, who, inspection);
        this.notices = new NotificationCenter(client, runner, Clock.systemUTC());
        session.signedIn(client.account().orElseThrow());
    }

    /** Opens the inspection in the session, as the inspections screen does. */
    public void open() {
        session.opened(client.inspection(inspection).orElseThrow());
    }

    @Override
    public void close() {
        client.close();
    }
}
