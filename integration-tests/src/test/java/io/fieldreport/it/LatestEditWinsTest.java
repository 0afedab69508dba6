package io.fieldreport.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.Conflict;
import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.sync.protocol.Rating;
import io.fieldreport.web.editor.WebEdit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same comment edited on two laptops and in the web editor, in every order, per field: after
 * everyone syncs, everyone holds the latest edit, and every losing version is kept somewhere. A
 * laptop whose edit was overwritten before the web ever saw it gets a conflict to resolve.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LatestEditWinsTest {

    @TempDir
    static Path dir;
    TestWeb web;
    Laptop ana;
    Laptop ben;

    @BeforeAll
    void start() throws Exception {
        web = new TestWeb(dir.resolve("web"));
        ana = new Laptop(dir.resolve("ana"), web, web.ana);
        ben = new Laptop(dir.resolve("ben"), web, web.ben);
    }

    @AfterAll
    void stop() {
        ana.close();
        ben.close();
        web.close();
    }

    enum Editor { ANA, BEN, WEB }

    static Stream<Arguments> orders() {
        List<Arguments> out = new ArrayList<>();
        List<List<Editor>> perms = List.of(
                List.of(Editor.ANA, Editor.BEN, Editor.WEB), List.of(Editor.ANA, Editor.WEB, Editor.BEN),
                List.of(Editor.BEN, Editor.ANA, Editor.WEB), List.of(Editor.BEN, Editor.WEB, Editor.ANA),
                List.of(Editor.WEB, Editor.ANA, Editor.BEN), List.of(Editor.WEB, Editor.BEN, Editor.ANA));
        for (String field : List.of("text", "rating")) {
            for (List<Editor> edits : perms) {
                for (boolean anaSyncsFirst : new boolean[] {true, false}) {
                    out.add(Arguments.of(field, edits, anaSyncsFirst));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: edited by {1}, {2}")
    @MethodSource("orders")
    void everyoneEndsWithTheLatestEditAndNoVersionIsLost(String field, List<Editor> editOrder, boolean anaSyncsFirst)
            throws Exception {
        CommentRecord base = ana.add("roof.coverings", "base text", Rating.SATISFACTORY);
        ana.sync();
        ben.sync();
        UUID id = base.id();
        Rating[] ratings = {Rating.MAINTENANCE, Rating.DEFECT, Rating.SAFETY};
        Map<Editor, Object> value = new java.util.EnumMap<>(Editor.class);
        for (int i = 0; i < editOrder.size(); i++) {
            // People edit seconds apart; within one millisecond "later" means nothing across devices.
            web.clock.advance(java.time.Duration.ofSeconds(1));
            Editor e = editOrder.get(i);
            Object v = field.equals("text") ? "edit by " + e + " #" + i : ratings[i];
            value.put(e, v);
            switch (e) {
                case ANA -> edit(ana, id, field, v);
                case BEN -> edit(ben, id, field, v);
                case WEB -> web.admin.webEdit(web.office.id(), web.inspection, id,
                        field.equals("text") ? WebEdit.text((String) v) : WebEdit.rating((Rating) v));
            }
        }
        Laptop first = anaSyncsFirst ? ana : ben;
        Laptop second = anaSyncsFirst ? ben : ana;
        List<Conflict> before = conflicts(ana, id);
        before.addAll(conflicts(ben, id));
        first.sync();
        second.sync();
        first.sync();

        Object latest = value.get(editOrder.get(2));
        assertEquals(latest, valueOf(ana.comment(id), field), "Ana's laptop");
        assertEquals(latest, valueOf(ben.comment(id), field), "Ben's laptop");
        var atWeb = web.admin.inspection(web.inspection).comment(id).orElseThrow();
        assertEquals(latest, valueOf(atWeb.comment(), field), "the web");
        assertTrue(before.isEmpty());

        // Nothing typed is lost: every version appears at the web, in its history or on the loser's laptop.
        for (Editor e : Editor.values()) {
            String typed = String.valueOf(value.get(e) instanceof Rating r ? r.wireName() : value.get(e));
            boolean kept = String.valueOf(valueOf(atWeb.comment(), field) instanceof Rating r ? r.wireName()
                    : valueOf(atWeb.comment(), field)).equals(typed)
                    || atWeb.history().stream().anyMatch(h -> h.toString().contains(typed))
                    || ana.client.history(id).stream().anyMatch(h -> h.valueJson().contains(typed))
                    || ben.client.history(id).stream().anyMatch(h -> h.valueJson().contains(typed));
            assertTrue(kept, e + "'s version '" + typed + "' was lost");
        }

        // A laptop's edit that was overwritten before the web saw it is a conflict on that laptop.
        int anaPos = editOrder.indexOf(Editor.ANA);
        int benPos = editOrder.indexOf(Editor.BEN);
        int webPos = editOrder.indexOf(Editor.WEB);
        boolean anaConflict = webPos > anaPos || (benPos > anaPos && !anaSyncsFirst);
        boolean benConflict = webPos > benPos || (anaPos > benPos && anaSyncsFirst);
        assertEquals(anaConflict, !conflicts(ana, id).isEmpty(), "conflict on Ana's laptop");
        assertEquals(benConflict, !conflicts(ben, id).isEmpty(), "conflict on Ben's laptop");
        for (Conflict c : conflicts(ana, id)) {
            assertEquals(display(value.get(Editor.ANA)), c.mine());
            assertEquals(field, c.field());
        }
    }

    @Test
    void aRatingChangedOnOneLaptopAndTheTextOnAnotherBothSurvive() throws Exception {
        var c = ana.add("exterior.siding", "Paint peeling", Rating.SATISFACTORY);
        ana.sync();
        ben.sync();
        ana.editRating(c.id(), Rating.MAINTENANCE);
        ben.editText(c.id(), "Paint peeling on the north wall; bare wood exposed");
        ana.sync();
        ben.sync();
        ana.sync();
        for (Laptop l : List.of(ana, ben)) {
            assertEquals(Rating.MAINTENANCE, l.comment(c.id()).rating().value());
            assertEquals("Paint peeling on the north wall; bare wood exposed", l.comment(c.id()).text().value());
            assertTrue(conflicts(l, c.id()).isEmpty(), "edits of different fields do not conflict");
        }
    }

    @Test
    void aNewerWebEditOverwritesTheLaptopOnSyncAndTheLaptopsVersionGoesToHistory() throws Exception {
        var c = ana.add("plumbing.supply", "Copper supply lines", Rating.SATISFACTORY);
        ana.sync();
        ana.editText(c.id(), "Copper supply lines; minor corrosion at the shutoff");
        web.admin.webEdit(web.office.id(), web.inspection, c.id(),
                WebEdit.text("Copper supply lines; corrosion at the main shutoff valve, have a plumber look"));

        var result = ana.sync();

        assertEquals("Copper supply lines; corrosion at the main shutoff valve, have a plumber look",
                ana.comment(c.id()).text().value());
        var conflict = conflicts(ana, c.id());
        assertEquals(1, conflict.size());
        assertEquals("Copper supply lines; minor corrosion at the shutoff", conflict.get(0).mine());
        assertEquals("Olivia Grant", conflict.get(0).theirAuthor());
        assertTrue(result.newConflicts() >= 1);
        assertTrue(result.verify().matched());
    }

    @Test
    void keepMineMakesTheLosingVersionWinOnTheNextSync() throws Exception {
        var c = ana.add("hvac.heating", "Furnace serviced 2019", null);
        ana.sync();
        ana.editText(c.id(), "Furnace last serviced 2019; filter dirty");
        web.admin.webEdit(web.office.id(), web.inspection, c.id(), WebEdit.text("Furnace OK"));
        ana.sync();
        Conflict conflict = conflicts(ana, c.id()).get(0);

        ana.client.keepMine(conflict.id());
        ana.sync();
        ben.sync();

        assertEquals("Furnace last serviced 2019; filter dirty", ana.comment(c.id()).text().value());
        assertEquals("Furnace last serviced 2019; filter dirty", ben.comment(c.id()).text().value());
        assertEquals("Furnace last serviced 2019; filter dirty",
                web.admin.inspection(web.inspection).textOf(c.id()).orElseThrow());
        assertTrue(conflicts(ana, c.id()).isEmpty(), "the conflict is resolved");
    }

    @Test
    void aDeleteAndALaterTextEditElsewhereBothSurviveField() throws Exception {
        var c = ana.add("garage.door", "Panel dented", Rating.MAINTENANCE);
        ana.sync();
        ben.sync();
        ben.client.deleteComment(c.id());
        ben.save();
        web.clock.advance(java.time.Duration.ofSeconds(1));
        ana.editText(c.id(), "Panel dented; opener reverses correctly");
        ana.sync();
        ben.sync();
        for (Laptop l : List.of(ana, ben)) {
            assertTrue(l.comment(c.id()).deleted().value(), "the tombstone stays: nobody undid the delete");
            assertEquals("Panel dented; opener reverses correctly", l.comment(c.id()).text().value());
        }
        assertTrue(web.admin.inspection(web.inspection).comment(c.id()).orElseThrow().comment().deleted().value());
        assertTrue(ana.verify().matched(), "a tombstone is part of the manifest on both sides");
    }

    private static void edit(Laptop l, UUID id, String field, Object v) {
        if (field.equals("text")) {
            l.editText(id, (String) v);
        } else {
            l.editRating(id, (Rating) v);
        }
    }

    private static Object valueOf(CommentRecord c, String field) {
        return field.equals("text") ? c.text().value() : c.rating().value();
    }

    private static String display(Object v) {
        return v instanceof Rating r ? r.label() : (String) v;
    }

    private static List<Conflict> conflicts(Laptop l, UUID id) {
        return new ArrayList<>(l.client.conflicts(l.inspection).stream().filter(c -> c.entityId().equals(id)).toList());
    }
}
