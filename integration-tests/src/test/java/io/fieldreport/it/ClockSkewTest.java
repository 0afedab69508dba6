package io.fieldreport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.web.editor.WebEdit;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A laptop whose clock is an hour off still orders its edits correctly against everyone else's:
 * it learns the offset from the web's time, corrects its stamps, and its status says the clock is off.
 */
class ClockSkewTest {

    private static final long HOUR = 3_600_000;

    @TempDir
    Path dir;
    TestWeb web;
    Laptop onTime;

    @BeforeEach
    void start() throws Exception {
        web = new TestWeb(dir.resolve("web"));
        onTime = new Laptop(dir.resolve("ben"), web, web.ben);
    }

    @AfterEach
    void stop() {
        onTime.close();
        web.close();
    }

    private Laptop skewed(long offsetMillis) throws Exception {
        // The skewed laptop's clock is the world clock plus its error.
        var clock = new java.time.Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public java.time.Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public java.time.Instant instant() {
                return java.time.Instant.ofEpochMilli(web.clock.millis() + offsetMillis);
            }
        };
        return new Laptop(dir.resolve("skewed" + offsetMillis), web, web.ana, clock, Laptop.FAST);
    }

    @Test
    void aLaptopAnHourSlowStillWinsWithItsLaterEdit() throws Exception {
        try (Laptop slow = skewed(-HOUR)) {
            var c = slow.add("roof.coverings", "original", null);
            slow.sync();
            web.admin.webEdit(web.office.id(), web.inspection, c.id(), WebEdit.text("office edit"));
            web.clock.advance(Duration.ofSeconds(30));
            slow.editText(c.id(), "inspector's later edit");

            slow.sync();

            assertEquals("inspector's later edit", web.admin.inspection(web.inspection).textOf(c.id()).orElseThrow());
            assertTrue(slow.client.conflicts(slow.inspection).isEmpty());
            var status = slow.client.status(slow.inspection);
            assertTrue(status.clockOff(), "the status says the clock is off");
            assertTrue(Math.abs(status.clockOffsetMillis() - HOUR) < 5_000, "offset " + status.clockOffsetMillis());
        }
    }

    @Test
    void aLaptopAnHourFastDoesNotWinOverALaterEdit() throws Exception {
        try (Laptop fast = skewed(HOUR)) {
            var c = fast.add("roof.coverings", "original", null);
            fast.sync();
            onTime.sync();
            fast.editText(c.id(), "fast laptop's earlier edit");
            web.clock.advance(Duration.ofSeconds(30));
            onTime.editText(c.id(), "on-time laptop's later edit");
            onTime.sync();

            fast.sync();

            assertEquals("on-time laptop's later edit", fast.comment(c.id()).text().value());
            assertEquals("on-time laptop's later edit", web.admin.inspection(web.inspection).textOf(c.id()).orElseThrow());
            assertEquals(1, fast.client.conflicts(fast.inspection).size(), "the fast laptop's edit lost and is kept");
            assertFalse(onTime.client.status(onTime.inspection).clockOff());
        }
    }
}
