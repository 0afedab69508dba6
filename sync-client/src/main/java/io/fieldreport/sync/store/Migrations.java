package io.fieldreport.sync.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The profile database's schema, one {@link Migration} per version. A released migration is never
 * edited: a change to the schema is a new migration at the end.
 */
public final class Migrations {

    private static final Migration V1 = new Migration(1, "inspections, comments, photos, outbox, history", List.of(
            """
            CREATE TABLE settings (
                key   TEXT PRIMARY KEY,
                value TEXT NOT NULL
            )""",
            """
            CREATE TABLE inspections (
                id             TEXT PRIMARY KEY,
                address        TEXT NOT NULL,
                client_name    TEXT NOT NULL,
                scheduled_date TEXT,
                status         TEXT NOT NULL,
                inspectors     TEXT NOT NULL DEFAULT ''
            )""",
            """
            CREATE TABLE sections (
                inspection_id TEXT NOT NULL REFERENCES inspections(id) ON DELETE CASCADE,
                id            TEXT NOT NULL,
                title         TEXT NOT NULL,
                position      INTEGER NOT NULL,
                PRIMARY KEY (inspection_id, id)
            )""",
            """
            CREATE TABLE items (
                inspection_id TEXT NOT NULL,
                id            TEXT NOT NULL,
                section_id    TEXT NOT NULL,
                title         TEXT NOT NULL,
                position      INTEGER NOT NULL,
                PRIMARY KEY (inspection_id, id),
                FOREIGN KEY (inspection_id, section_id) REFERENCES sections(inspection_id, id) ON DELETE CASCADE
            )""",
            // Each of text, rating and deleted has its own stamp and author: latest edit wins per field.
            """
            CREATE TABLE comments (
                id             TEXT PRIMARY KEY,
                inspection_id  TEXT NOT NULL,
                item_id        TEXT NOT NULL,
                created_stamp  TEXT NOT NULL,
                text           TEXT NOT NULL,
                text_stamp     TEXT NOT NULL,
                text_author    TEXT NOT NULL,
                rating         TEXT CHECK (rating IN ('satisfactory', 'maintenance', 'defect', 'safety')),
                rating_stamp   TEXT NOT NULL,
                rating_author  TEXT NOT NULL,
                deleted        INTEGER NOT NULL CHECK (deleted IN (0, 1)),
                deleted_stamp  TEXT NOT NULL,
                deleted_author TEXT NOT NULL,
                FOREIGN KEY (inspection_id, item_id) REFERENCES items(inspection_id, id)
            )""",
            "CREATE INDEX comments_by_item ON comments(inspection_id, item_id, created_stamp)",
            // No foreign key to comments: a pulled page may bring a photo before the newer version of
            // its comment, which moved to a later page when it was edited. Both arrive in the same pull.
            """
            CREATE TABLE photos (
                id             TEXT PRIMARY KEY,
                inspection_id  TEXT NOT NULL REFERENCES inspections(id),
                comment_id     TEXT NOT NULL,
                created_stamp  TEXT NOT NULL,
                sha256         TEXT NOT NULL,
                size           INTEGER NOT NULL,
                content_stamp  TEXT NOT NULL,
                content_author TEXT NOT NULL,
                caption        TEXT NOT NULL,
                caption_stamp  TEXT NOT NULL,
                caption_author TEXT NOT NULL,
                deleted        INTEGER NOT NULL CHECK (deleted IN (0, 1)),
                deleted_stamp  TEXT NOT NULL,
                deleted_author TEXT NOT NULL
            )""",
            "CREATE INDEX photos_by_comment ON photos(comment_id)",
            "CREATE INDEX photos_by_inspection ON photos(inspection_id, sha256)",
            // A row exists only once the file named by the hash is complete on disk.
            """
            CREATE TABLE photo_files (
                sha256 TEXT PRIMARY KEY,
                size   INTEGER NOT NULL,
                on_web INTEGER NOT NULL DEFAULT 0 CHECK (on_web IN (0, 1))
            )""",
            // One pending entry per comment or photo: later edits merge into it under a new change id,
            // keeping its place in the queue so a comment is always sent before its photos.
            """
            CREATE TABLE outbox (
                seq           INTEGER PRIMARY KEY AUTOINCREMENT,
                change_id     TEXT NOT NULL UNIQUE,
                inspection_id TEXT NOT NULL REFERENCES inspections(id),
                entity        TEXT NOT NULL CHECK (entity IN ('comment', 'photo')),
                entity_id     TEXT NOT NULL UNIQUE,
                payload       TEXT NOT NULL,
                stamp         TEXT NOT NULL,
                queued_at     INTEGER NOT NULL,
                attempts      INTEGER NOT NULL DEFAULT 0,
                last_error    TEXT
            )""",
            "CREATE INDEX outbox_by_inspection ON outbox(inspection_id, seq)",
            """
            CREATE TABLE sync_state (
                inspection_id       TEXT PRIMARY KEY REFERENCES inspections(id) ON DELETE CASCADE,
                pull_cursor         TEXT,
                last_save_at        INTEGER,
                last_sync_at        INTEGER,
                last_force_sync_at  INTEGER,
                last_verify_at      INTEGER,
                last_verify_matched INTEGER,
                last_error          TEXT,
                lock_id             TEXT
            )""",
            // Every field version that lost to a newer edit. Values are JSON. A version lost by this
            // laptop's own unsent edit is a conflict the inspector resolves: open, kept or dismissed.
            """
            CREATE TABLE history (
                id            INTEGER PRIMARY KEY AUTOINCREMENT,
                inspection_id TEXT NOT NULL,
                entity        TEXT NOT NULL CHECK (entity IN ('comment', 'photo')),
                entity_id     TEXT NOT NULL,
                field         TEXT NOT NULL,
                value         TEXT,
                stamp         TEXT NOT NULL,
                author        TEXT NOT NULL,
                winner_value  TEXT,
                winner_stamp  TEXT NOT NULL,
                winner_author TEXT NOT NULL,
                recorded_at   INTEGER NOT NULL,
                conflict      TEXT NOT NULL CHECK (conflict IN ('none', 'open', 'kept', 'dismissed')),
                UNIQUE (entity_id, field, stamp)
            )""",
            "CREATE INDEX history_by_entity ON history(entity_id)",
            "CREATE INDEX history_conflicts ON history(conflict, inspection_id)",
            """
            CREATE TABLE rejected_changes (
                change_id     TEXT PRIMARY KEY,
                inspection_id TEXT NOT NULL,
                entity        TEXT NOT NULL,
                entity_id     TEXT NOT NULL,
                payload       TEXT NOT NULL,
                reason        TEXT NOT NULL,
                message       TEXT NOT NULL,
                rejected_at   INTEGER NOT NULL,
                acknowledged  INTEGER NOT NULL DEFAULT 0
            )"""));

    // A photo added at reduced quality keeps its original here until it is sent as a content edit.
    private static final Migration V2 = new Migration(2, "originals of photos sent at reduced quality", List.of(
            """
            CREATE TABLE photo_originals (
                photo_id TEXT PRIMARY KEY REFERENCES photos(id),
                sha256   TEXT NOT NULL,
                size     INTEGER NOT NULL,
                sent     INTEGER NOT NULL DEFAULT 0 CHECK (sent IN (0, 1))
            )"""));

    // The sync engine's bookkeeping (one entry, so it can be renumbered whole at a merge):
    // - whether an inspection's first download ran to the end: a cut one has a cursor but is not
    //   complete, and the next open resumes it; an inspection synced before this version was
    //   downloaded whole (its download ends by marking it synced);
    // - photo bytes that can never be sent as they are (the web refused them for good, or the local
    //   file is missing or damaged), with the reason shown to the inspector; such bytes are no longer
    //   "to upload", and the photo changes that need them go to the rejected list;
    // - outbox entries that only Force Sync queued (copies of what the web had acknowledged): the
    //   web refusing one because the report is published is no news to list.
    private static final Migration V3 = new Migration(3, "sync engine: download complete, refused photo bytes,"
            + " resent changes", List.of(
            "ALTER TABLE sync_state ADD COLUMN download_complete INTEGER NOT NULL DEFAULT 0"
                    + " CHECK (download_complete IN (0, 1))",
            "UPDATE sync_state SET download_complete = 1 WHERE last_sync_at IS NOT NULL",
            "ALTER TABLE photo_files ADD COLUMN refused_reason TEXT",
            "ALTER TABLE photo_files ADD COLUMN refused_message TEXT",
            "ALTER TABLE outbox ADD COLUMN resent INTEGER NOT NULL DEFAULT 0 CHECK (resent IN (0, 1))"));

    // A counter that every write to what a manifest covers moves forward, whichever code or process
    // writes: a manifest root computed at one value is still right while the counter holds it, so a
    // Sync with nothing to do need not hash the whole inspection again (LocalManifest).
    private static final Migration V4 = new Migration(4, "a counter of writes to what manifests cover",
            manifestEpoch());

    // A Sync no longer writes down the lock id it holds: taking the lock again from this laptop gives
    // back its own lock (docs/PROTOCOL.md section 8), so a crash leaves nothing to release, and a
    // Sync with nothing to do waits for the disk twice less.
    private static final Migration V5 = new Migration(5, "sync lock ids are no longer kept",
            List.of("ALTER TABLE sync_state DROP COLUMN lock_id"));

    private static final List<Migration> ALL = List.of(V1, V2, V3, V4, V5);

    private static List<String> manifestEpoch() {
        List<String> sql = new ArrayList<>();
        sql.add("CREATE TABLE manifest_epoch (id INTEGER PRIMARY KEY CHECK (id = 1), value INTEGER NOT NULL)");
        sql.add("INSERT INTO manifest_epoch(id, value) VALUES (1, 0)");
        for (String table : List.of("comments", "photos", "photo_files")) {
            for (String event : List.of("INSERT", "UPDATE", "DELETE")) {
                sql.add("CREATE TRIGGER " + table + "_" + event.toLowerCase(Locale.ROOT) + "_epoch AFTER "
                        + event + " ON " + table + " BEGIN UPDATE manifest_epoch SET value = value + 1; END");
            }
        }
        return List.copyOf(sql);
    }

    private Migrations() {
    }

    public static List<Migration> all() {
        return ALL;
    }

    public static int latestVersion() {
        return ALL.get(ALL.size() - 1).version();
    }
}
