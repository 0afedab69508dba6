package io.fieldreport.sync.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fieldreport.sync.clock.HybridClock;
import io.fieldreport.sync.clock.Stamp;
import io.fieldreport.sync.clock.Stamped;
import io.fieldreport.sync.protocol.CommentRecord;
import io.fieldreport.sync.protocol.PhotoContent;
import io.fieldreport.sync.protocol.PhotoRecord;
import io.fieldreport.sync.protocol.Rating;
import io.fieldreport.sync.protocol.WireCodec;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An inspector's work written by every earlier FieldReport survives the upgrade to this one. The
 * rows are written with SQL as that version's schema had them, not through today's store classes,
 * which may need columns the old schema lacks. A migration that changes a table adds the rows its
 * version introduces below; a released version's rows are never edited.
 */
class MigrationsTest {

    private static final WireCodec CODEC = new WireCodec();
    private static final String DEVICE = "lap-0a1b2c3d4e5f";
    private static final Stamp T1 = new Stamp(1_767_225_600_000L, 0, DEVICE);
    private static final Stamp T2 = new Stamp(1_767_225_660_000L, 3, DEVICE);
    private static final UUID INSPECTION = UUID.fromString("6f1c2c7e-6a57-4f57-9d43-3c1b0a6b2f10");
    private static final PhotoContent BYTES = new PhotoContent("ab".repeat(32), 2_345_678);

    private static final CommentRecord COMMENT = new CommentRecord(UUID.fromString("0d2f1b9c-1c1e-4c58-8b61-2f6c2b8f0a01"),
            "roof.coverings", T1, new Stamped<>("Shingles worn at the ridge, \"see photo\"", T2, "Ana"),
            new Stamped<>(Rating.MAINTENANCE, T1, "Ana"), new Stamped<>(false, T1, "Ana"));
    private static final PhotoRecord PHOTO = new PhotoRecord(UUID.fromString("5b0e8f2a-3d4c-4e6f-9a1b-7c8d9e0f1a22"),
            COMMENT.id(), T1, new Stamped<>(BYTES, T1, "Ana"), new Stamped<>("north slope", T2, "Ana"),
            new Stamped<>(false, T1, "Ana"));

    @TempDir
    Path dir;

    @Test
    void commentsPhotosAndTheOutboxOfEveryEarlierVersionSurviveTheMigrationToTheLatest() {
        List<Migration> all = Migrations.all();
        for (int version = 1; version < Migrations.latestVersion(); version++) {
            Path file = dir.resolve("v" + version + ".db");
            try (Database old = Database.open(file, all.subList(0, version))) {
                int at = version;
                old.transaction(c -> {
                    seed(c, at);
                    return null;
                });
            }

            try (Database db = Database.open(file, all)) {
                assertEquals(Migrations.latestVersion(), db.schemaVersion(), "from version " + version);
                assertEquals("ok", db.integrityCheck());
                var report = new ReportReader(db);
                assertEquals(List.of(COMMENT), report.comments(INSPECTION), "from version " + version);
                assertEquals(List.of(PHOTO), report.photos(INSPECTION), "from version " + version);
                var outbox = new Outbox(db, CODEC, Clock.systemUTC());
                var pending = outbox.pending(null, 0, 10);
                assertEquals(2, pending.size(), "from version " + version);
                assertEquals(COMMENT, pending.get(0).change().comment());
                assertEquals(PHOTO, pending.get(1).change().photo());
                assertEquals(2, pending.get(1).attempts(), "the failed attempts are kept");
                var upload = new PhotoQueue(db).toUpload(INSPECTION);
                assertEquals(List.of(new PhotoQueue.Transfer(INSPECTION, BYTES)), upload, "the bytes still go up");
                assertEquals(DEVICE, new Settings(db).get(Settings.DEVICE_ID).orElseThrow());

                // And the migrated work is editable: the next edit merges into the queued entry.
                var clock = new HybridClock(Clock.systemUTC(), DEVICE, T2);
                var edits = new LocalEdits(db, clock, outbox, new PhotoFiles(dir.resolve("photos-v" + version)));
                edits.editComment(COMMENT.id(), CommentEdit.rating(Rating.DEFECT));
                assertEquals(Rating.DEFECT, outbox.pendingFor(COMMENT.id()).orElseThrow().change().comment().rating().value());
                assertTrue(outbox.pendingFor(COMMENT.id()).orElseThrow().seq() < pending.get(1).seq());
            }
        }
    }

    /** The work as version {@code version} of the schema stored it. */
    private static void seed(Connection c, int version) throws SQLException {
        if (version >= 1) {
            run(c, "INSERT INTO settings(key, value) VALUES ('device.id', ?), ('user.name', 'Ana')", DEVICE);
            run(c, """
                    INSERT INTO inspections(id, address, client_name, scheduled_date, status, inspectors)
                    VALUES (?, '12 Elm St', 'R. Diaz', '2026-11-23', 'IN_PROGRESS', 'Ana')""", INSPECTION);
            run(c, "INSERT INTO sections(inspection_id, id, title, position) VALUES (?, 'roof', 'Roof', 0)",
                    INSPECTION);
            run(c, """
                    INSERT INTO items(inspection_id, id, section_id, title, position)
                    VALUES (?, 'roof.coverings', 'roof', 'Coverings', 0)""", INSPECTION);
            run(c, """
                    INSERT INTO comments(id, inspection_id, item_id, created_stamp, text, text_stamp, text_author,
                        rating, rating_stamp, rating_author, deleted, deleted_stamp, deleted_author)
                    VALUES (?, ?, 'roof.coverings', ?, ?, ?, 'Ana', 'maintenance', ?, 'Ana', 0, ?, 'Ana')""",
                    COMMENT.id(), INSPECTION, T1, COMMENT.text().value(), T2, T1, T1);
            run(c, """
                    INSERT INTO photos(id, inspection_id, comment_id, created_stamp, sha256, size, content_stamp,
                        content_author, caption, caption_stamp, caption_author, deleted, deleted_stamp,
                        deleted_author)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 'Ana', 'north slope', ?, 'Ana', 0, ?, 'Ana')""",
                    PHOTO.id(), INSPECTION, COMMENT.id(), T1, BYTES.sha256(), BYTES.size(), T1, T2, T1);
            run(c, "INSERT INTO photo_files(sha256, size, on_web) VALUES (?, ?, 0)", BYTES.sha256(), BYTES.size());
            run(c, """
                    INSERT INTO outbox(change_id, inspection_id, entity, entity_id, payload, stamp, queued_at)
                    VALUES (?, ?, 'comment', ?, ?, ?, 1767225660000)""",
                    UUID.randomUUID(), INSPECTION, COMMENT.id(), CODEC.encode(COMMENT), T2);
            run(c, """
                    INSERT INTO outbox(change_id, inspection_id, entity, entity_id, payload, stamp, queued_at,
                        attempts, last_error)
                    VALUES (?, ?, 'photo', ?, ?, ?, 1767225661000, 2, 'web unreachable')""",
                    UUID.randomUUID(), INSPECTION, PHOTO.id(), CODEC.encode(PHOTO), T2);
        }
        // Version 2 only added photo_originals, which starts empty for work made before it.
    }

    private static void run(Connection c, String sql, Object... params) throws SQLException {
        try (var ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                Object p = params[i];
                if (p instanceof Long l) {
                    ps.setLong(i + 1, l);
                } else {
                    ps.setString(i + 1, p.toString());
                }
            }
            ps.executeUpdate();
        }
    }
}
