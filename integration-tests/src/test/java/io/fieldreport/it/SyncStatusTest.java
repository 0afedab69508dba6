package io.fieldreport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.CancelToken;
import io.fieldreport.sync.SyncListener;
import io.fieldreport.sync.WebUnreachableException;
import io.fieldreport.web.faults.PoorSignal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The laptop-wide status tells when things last happened, and keeps an error until it is fixed. */
class SyncStatusTest {

    @RegisterExtension
    final Team team = new Team();

    @Test
    void theLaptopWideStatusGivesTheLatestTimesOfAnyInspection() throws Exception {
        UUID other = team.web.admin.createInspection("4 Oak Lane", "K. Lee", LocalDate.of(2026, 11, 24));
        team.web.admin.assign(team.web.ana.id(), other);
        var ana = team.ana();
        ana.client.open(other, SyncListener.NONE, new CancelToken());
        ana.add("roof.coverings", "first house", null);
        ana.sync();
        team.web.clock.advance(Duration.ofSeconds(5));
        ana.client.forceSync(other, SyncListener.NONE, new CancelToken());

        var laptop = ana.client.status(null);
        var first = ana.client.status(ana.inspection);
        var second = ana.client.status(other);

        assertNotNull(laptop.lastSave());
        assertEquals(second.lastSync(), laptop.lastSync(), "the most recent Sync, of the other house");
        assertTrue(laptop.lastSync().isAfter(first.lastSync()));
        assertEquals(second.lastForceSync(), laptop.lastForceSync());
        assertEquals(second.lastVerify(), laptop.lastVerify());
        assertTrue(laptop.lastVerifyMatched());
    }

    @Test
    void theLaptopWideVerifyDiffersIfAnyInspectionsLatestVerifyDiffered() throws Exception {
        UUID other = team.web.admin.createInspection("4 Oak Lane", "K. Lee", LocalDate.of(2026, 11, 24));
        team.web.admin.assign(team.web.ana.id(), other);
        var ana = team.ana();
        ana.client.open(other, SyncListener.NONE, new CancelToken());
        var lost = ana.add("roof.coverings", "the web will lose this", null);
        ana.sync();
        team.web.admin.removeComment(team.web.inspection, lost.id());
        assertFalse(ana.verify().matched());
        team.web.clock.advance(Duration.ofSeconds(5));

        assertTrue(ana.client.verify(other, SyncListener.NONE, new CancelToken()).matched());

        assertFalse(ana.client.status(null).lastVerifyMatched(), "the differing house is not hidden by the later match");
    }

    @Test
    void aSuccessfulVerifyDoesNotClearTheErrorOfAFailedSave() throws Exception {
        var ana = team.ana();
        ana.add("roof.coverings", "not on the web yet", null);
        team.web.admin.setPoorSignal(new PoorSignal(0, 0, 100, 0, 0, 0, 1L));
        assertThrows(WebUnreachableException.class, ana::save);
        team.web.admin.setPoorSignal(PoorSignal.OFF);

        ana.verify();

        assertTrue(ana.client.status(null).lastError().contains("Could not reach the web"),
                "the Save still failed: " + ana.client.status(null).lastError());
        assertTrue(ana.client.status(ana.inspection).lastError().contains("Could not reach the web"));
        ana.save();
        assertNull(ana.client.status(null).lastError(), "a Save that went through clears it");
    }
}
