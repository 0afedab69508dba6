package io.fieldreport.desktop.syncstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fieldreport.desktop.testing.Profiles;
import io.fieldreport.desktop.testing.TestWeb;
import io.fieldreport.sync.Operation;
import io.fieldreport.sync.WebUnreachableException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionMonitorTest {

    @TempDir
    Path dir;

    @Test
    void followsTheWebAndTheWorkOfflineSetting() {
        try (TestWeb web = TestWeb.start(dir.resolve("web"));
             Profiles laptop = new Profiles(web, dir.resolve("ana"), web.ana(), null)) {
            ConnectionMonitor monitor = new ConnectionMonitor(laptop.client, laptop.runner, laptop.delay,
                    Duration.ofSeconds(30));
            assertEquals(Connection.CHECKING, monitor.stateProperty().get());

            monitor.start();
            assertEquals(Connection.ONLINE, monitor.stateProperty().get());

            monitor.learn(new OperationOutcome.Failed(Operation.SYNC, true,
                    new WebUnreachableException("timeout", 0, null)));
            assertEquals(Connection.OFFLINE, monitor.stateProperty().get());

            laptop.delay.elapse();
            assertEquals(Connection.ONLINE, monitor.stateProperty().get(), "asked again after the interval");

            monitor.workOfflineProperty().set(true);
            assertEquals(Connection.WORKING_OFFLINE, monitor.stateProperty().get());

            web.close();
            monitor.workOfflineProperty().set(false);
            assertEquals(Connection.OFFLINE, monitor.stateProperty().get());
        }
    }
}
