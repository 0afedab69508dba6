package io.fieldreport.web.storage;

import io.fieldreport.sync.store.Migration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The web's database schema, one {@link Migration} per version (run by the shared
 * {@link io.fieldreport.sync.store.Database}). A released migration is never edited.
 */
public final class WebSchema {

    private static final Migration V1 = new Migration(1, "users, inspections, comments, photos, history, applied changes, locks", List.of(
            """
            CREATE TABLE users (
                id           TEXT PRIMARY KEY,
                name         TEXT NOT NULL,
                role         TEXT NOT NULL CHECK (role IN ('inspector', 'office')),
                token_sha256 TEXT NOT NULL UNIQUE,
                revoked      INTEGER NOT NULL DEFAULT 0 CHECK (revoked IN (0, 1)),
                created_at   INTEGER NOT NULL
            )""",
            // change_seq is the inspection's last change sequence number (docs/PROTOCOL.md section 7).
            """
            CREATE TABLE inspections (
                id             TEXT PRIMARY KEY,
                address        TEXT NOT NULL,
                client_name    TEXT NOT NULL,
                scheduled_date TEXT,
                template       TEXT NOT NULL,
                status         TEXT NOT NULL CHECK (status IN ('scheduled', 'in_progress', 'published')),
                published_at   INTEGER,
                published_by   TEXT,
                change_seq     INTEGER NOT NULL DEFAULT 0,
                created_at     INTEGER NOT NULL
            )""",
            """
            CREATE TABLE assignments (
                inspection_id TEXT NOT NULL REFERENCES inspections(id),
                user_id       TEXT NOT NULL REFERENCES users(id),
                assigned_at   INTEGER NOT NULL,
                PRIMARY KEY (inspection_id, user_id)
            )""",
            // seq: the inspection's change sequence number of this comment's latest stored version.
            """
            CREATE TABLE comments (
                id             TEXT PRIMARY KEY,
                inspection_id  TEXT NOT NULL REFERENCES inspections(id),
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
                seq            INTEGER NOT NULL
            )""",
            "CREATE UNIQUE INDEX comments_by_seq ON comments(inspection_id, seq)",
            // No foreign key to comments: the admin API can remove a comment (simulated loss) and
            // leave its photos, as a half-finished Save would.
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
                deleted_author TEXT NOT NULL,
                seq            INTEGER NOT NULL
            )""",
            "CREATE UNIQUE INDEX photos_by_seq ON photos(inspection_id, seq)",
            "CREATE INDEX photos_by_sha ON photos(inspection_id, sha256)",
            "CREATE INDEX photos_by_comment ON photos(comment_id)",
            // Every field version that lost, on either side of a merge: the web never drops an edit.
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
                winner_stamp  TEXT NOT NULL,
                winner_author TEXT NOT NULL,
                recorded_at   INTEGER NOT NULL,
                UNIQUE (entity_id, field, stamp)
            )""",
            "CREATE INDEX history_by_entity ON history(entity_id, id)",
            // The first outcome of every change id that was applied or superseded, so a replay
            // changes nothing and gets the same answer (docs/PROTOCOL.md section 6, step 1).
            """
            CREATE TABLE applied_changes (
                change_id     TEXT PRIMARY KEY,
                inspection_id TEXT NOT NULL,
                entity        TEXT NOT NULL CHECK (entity IN ('comment', 'photo')),
                entity_id     TEXT NOT NULL,
                outcome       TEXT NOT NULL CHECK (outcome IN ('applied', 'superseded')),
                lost_fields   TEXT NOT NULL,
                device_id     TEXT NOT NULL,
                recorded_at   INTEGER NOT NULL
            )""",
            """
            CREATE TABLE locks (
                inspection_id TEXT PRIMARY KEY REFERENCES inspections(id),
                lock_id       TEXT NOT NULL,
                holder_id     TEXT NOT NULL,
                holder_name   TEXT NOT NULL,
                device_id     TEXT NOT NULL,
                acquired_at   INTEGER NOT NULL,
                expires_at    INTEGER NOT NULL
            )"""));

    /**
     * Change ids are remembered per inspection: keyed by the change id alone, a change id a client
     * reused in another inspection was answered as a replay of the first one and silently not applied.
     */
    private static final Migration V2 = new Migration(2, "applied changes keyed by inspection and change id", List.of(
            """
            CREATE TABLE applied_changes_v2 (
                change_id     TEXT NOT NULL,
                inspection_id TEXT NOT NULL,
                entity        TEXT NOT NULL CHECK (entity IN ('comment', 'photo')),
                entity_id     TEXT NOT NULL,
                outcome       TEXT NOT NULL CHECK (outcome IN ('applied', 'superseded')),
                lost_fields   TEXT NOT NULL,
                device_id     TEXT NOT NULL,
                recorded_at   INTEGER NOT NULL,
                PRIMARY KEY (inspection_id, change_id)
            )""",
            """
            INSERT INTO applied_changes_v2 (change_id, inspection_id, entity, entity_id, outcome, lost_fields,
                                            device_id, recorded_at)
            SELECT change_id, inspection_id, entity, entity_id, outcome, lost_fields, device_id, recorded_at
            FROM applied_changes""",
            "DROP TABLE applied_changes",
            "ALTER TABLE applied_changes_v2 RENAME TO applied_changes"));

    // Every write to an inspection's comments or photos moves its counter, whichever code writes
    // (a push, the web editor, the admin API's simulated loss): a manifest root computed at one value
    // is still right while the counter holds it (ManifestService).
    private static final Migration V3 = new Migration(3, "a per-inspection counter of writes to what manifests cover",
            manifestEpoch());

    private static final List<Migration> ALL = List.of(V1, V2, V3);

    private static List<String> manifestEpoch() {
        List<String> sql = new ArrayList<>();
        sql.add("ALTER TABLE inspections ADD COLUMN manifest_epoch INTEGER NOT NULL DEFAULT 0");
        for (String table : List.of("comments", "photos")) {
            for (String event : List.of("INSERT", "UPDATE", "DELETE")) {
                String row = event.equals("DELETE") ? "OLD" : "NEW";
                sql.add("CREATE TRIGGER " + table + "_" + event.toLowerCase(Locale.ROOT) + "_epoch AFTER " + event
                        + " ON " + table + " BEGIN UPDATE inspections SET manifest_epoch = manifest_epoch + 1"
                        + " WHERE id = " + row + ".inspection_id; END");
            }
        }
        return List.copyOf(sql);
    }

    private WebSchema() {
    }

    public static List<Migration> migrations() {
        return ALL;
    }
}
