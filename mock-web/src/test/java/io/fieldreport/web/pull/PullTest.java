package io.fieldreport.web.pull;

import static io.fieldreport.web.support.Records.ANA_LAPTOP;
import static io.fieldreport.web.support.Records.at;
import static io.fieldreport.web.support.Records.change;
import static io.fieldreport.web.support.Records.comment;
import static io.fieldreport.web.support.Records.edit;
import static io.fieldreport.web.support.Records.push;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.clock.Stamped;
import io.fieldreport.sync.protocol.Change;
import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.sync.protocol.InspectionStatus;
import io.fieldreport.sync.protocol.PullResponse;
import io.fieldreport.web.support.Api;
import io.fieldreport.web.support.Records;
import io.fieldreport.web.support.Reply;
import io.fieldreport.web.support.TestWeb;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PullTest {

    @RegisterExtension
    static final TestWeb web = TestWeb.perClass();
    UUID inspection;
    Api ana;
    List<CommentRecord> comments;

    /** Seven comments pushed in one go. */
    @BeforeEach
    void sevenComments() {
        inspection = web.newInspection();
        ana = web.ana();
        comments = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            var c = comment(UUID.randomUUID(), "interior.walls", "crack " + i, null, at(i, ANA_LAPTOP), "Ana Reyes");
            comments.add(c);
            changes.add(change(c));
        }
        ana.post(Records.push(inspection), push(ANA_LAPTOP, changes.toArray(Change[]::new)));
    }

    private PullResponse pull(String since, int limit) {
        Reply r = ana.get(Records.path(inspection, "/changes?limit=" + limit + (since == null ? "" : "&since=" + since)));
        assertEquals(200, r.status(), r.text());
        return r.as(PullResponse.class);
    }

    @Test
    void pagesCarryEveryEntityOnceInOrderWithTheHeader() {
        PullResponse first = pull(null, 3);
        PullResponse second = pull(first.nextCursor(), 3);
        PullResponse third = pull(second.nextCursor(), 3);

        assertEquals(List.of(true, true, false), List.of(first.more(), second.more(), third.more()));
        List<CommentRecord> all = new ArrayList<>(first.comments());
        all.addAll(second.comments());
        all.addAll(third.comments());
        assertEquals(comments, all);
        assertEquals(InspectionStatus.IN_PROGRESS, third.inspection().status());
        assertEquals(List.of("Ana Reyes", "Ben Okafor"), first.inspection().inspectors());
    }

    @Test
    void aPullFromTheLastCursorIsEmptyAndKeepsTheCursor() {
        PullResponse all = pull(null, 100);
        PullResponse nothing = pull(all.nextCursor(), 100);
        assertTrue(nothing.comments().isEmpty() && nothing.photos().isEmpty());
        assertEquals(all.nextCursor(), nothing.nextCursor());
        assertFalse(nothing.more());
    }

    @Test
    void anEntityEditedWhileAClientPagesComesInALaterPage() {
        PullResponse first = pull(null, 3);
        CommentRecord alreadyPulled = comments.get(0);
        ana.post(Records.push(inspection), push(ANA_LAPTOP, change(edit(alreadyPulled,
                new Stamped<>("edited meanwhile", at(30, ANA_LAPTOP), "Ana Reyes"), null, null))));

        Set<UUID> seen = new HashSet<>();
        List<CommentRecord> later = new ArrayList<>();
        String cursor = first.nextCursor();
        PullResponse page;
        do {
            page = pull(cursor, 3);
            later.addAll(page.comments());
            cursor = page.nextCursor();
        } while (page.more());
        later.forEach(c -> seen.add(c.id()));
        first.comments().forEach(c -> seen.add(c.id()));

        assertEquals(7, seen.size(), "no entity is skipped");
        assertEquals("edited meanwhile", later.get(later.size() - 1).text().value());
    }

    @Test
    void aPullOnlyCarriesTheInspectionAskedFor() {
        UUID other = web.newInspection();
        Reply r = ana.get(Records.path(other, "/changes"));
        assertEquals(0, r.as(PullResponse.class).comments().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"since=abc", "since=-1", "since=999999", "limit=0", "limit=1001", "limit=ten", "since=1&since=2"})
    void aCursorOrLimitTheWebDidNotIssueIs400(String query) {
        Reply r = ana.get(Records.path(inspection, "/changes?" + query));
        assertEquals(400, r.status(), query);
        assertEquals("bad_request", r.error().code());
    }
}
