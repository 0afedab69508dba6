package io.fieldreport.sync.store;

import io.fieldreport.sync.protocol.PhotoContent;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Which photo bytes still have to move. The Syncing Status page counts with these same queries,
 * so its numbers cannot disagree with what Save and Sync do.
 */
public final class PhotoQueue {

    /** A photo's bytes to move for an inspection (the web addresses photos through an inspection). */
    public record Transfer(UUID inspectionId, PhotoContent content) {
    }

    /** Why bytes can never be sent as they are: a reason code and the inspector's words. */
    public record Refusal(String reason, String message) {
    }

    /** The photo's file is not in the profile folder (the web was never asked). */
    public static final String FILE_MISSING = "photo_file_missing";
    /** The photo's file no longer hashes to its name: its bytes changed on this laptop. */
    public static final String FILE_DAMAGED = "photo_file_damaged";

    // Bytes this laptop holds that the web has not confirmed: for live photos, and for any photo
    // whose change is still queued (the web refuses a photo record whose bytes it lacks). Bytes that
    // can never be sent (refused) are not "to upload": they are in the rejected list instead.
    private static final String TO_UPLOAD = """
            SELECT DISTINCT p.inspection_id, p.sha256, p.size FROM photos p
            JOIN photo_files f ON f.sha256 = p.sha256
            WHERE f.on_web = 0 AND f.refused_reason IS NULL %s
              AND (p.deleted = 0 OR EXISTS (SELECT 1 FROM outbox o WHERE o.entity_id = p.id))
            ORDER BY p.inspection_id, p.created_stamp""";
    private static final String TO_DOWNLOAD = """
            SELECT DISTINCT p.inspection_id, p.sha256, p.size FROM photos p
            WHERE p.deleted = 0 %s
              AND NOT EXISTS (SELECT 1 FROM photo_files f WHERE f.sha256 = p.sha256)
            ORDER BY p.created_stamp""";
    // The usual answer of TO_UPLOAD is "nothing": asking photo_files alone costs a fraction of the join,
    // which reads every photo of the laptop (0.3 ms for 500 photos, twice per Save).
    private static final String ANY_NOT_ON_WEB =
            "SELECT EXISTS (SELECT 1 FROM photo_files WHERE on_web = 0 AND refused_reason IS NULL)";
    private static final String REFUSE =
            "UPDATE photo_files SET refused_reason = ?, refused_message = ? WHERE sha256 = ?";
    private static final String REFUSALS =
            "SELECT sha256, refused_reason, refused_message FROM photo_files WHERE refused_reason IS NOT NULL";
    private static final String MARK_ON_WEB = "UPDATE photo_files SET on_web = 1 WHERE sha256 = ?";
    private static final String MARK_ALL_UNSENT = """
            UPDATE photo_files SET on_web = 0
            WHERE sha256 IN (SELECT sha256 FROM photos WHERE inspection_id = ?)""";
    private static final String ADD_DOWNLOADED = """
            INSERT INTO photo_files(sha256, size, on_web) VALUES (?, ?, 1)
            ON CONFLICT(sha256) DO UPDATE SET on_web = 1""";
    private static final String STORED = "SELECT 1 FROM photo_files WHERE sha256 = ?";

    private final Database db;

    public PhotoQueue(Database db) {
        this.db = db;
    }

    /** Photo bytes to upload, of one inspection or (with {@code null}) of all; a list nobody can change. */
    public List<Transfer> toUpload(UUID inspectionId) {
        boolean any = db.read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery(ANY_NOT_ON_WEB)) {
                return rs.next() && rs.getInt(1) == 1;
            }
        });
        return any ? query(TO_UPLOAD, inspectionId) : List.of();
    }

    /** Photo bytes to download: live photos whose bytes this laptop lacks; a list nobody can change. */
    public List<Transfer> toDownload(UUID inspectionId) {
        return query(TO_DOWNLOAD, inspectionId);
    }

    public void markOnWeb(String sha256) {
        db.transaction(c -> {
            try (var ps = c.prepareStatement(MARK_ON_WEB)) {
                ps.setString(1, sha256);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * These bytes can never be sent as they are (the web refused them for good, or the file here
     * is missing or damaged): they leave the upload queue, and photo changes that need them are
     * rejected with this reason.
     */
    public void markRefused(String sha256, Refusal refusal) {
        db.transaction(c -> {
            try (var ps = c.prepareStatement(REFUSE)) {
                ps.setString(1, refusal.reason());
                ps.setString(2, refusal.message());
                ps.setString(3, sha256);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Every refused hash with its reason. */
    public java.util.Map<String, Refusal> refusals() {
        return db.read(c -> {
            java.util.Map<String, Refusal> out = new java.util.HashMap<>();
            try (var s = c.createStatement(); var rs = s.executeQuery(REFUSALS)) {
                while (rs.next()) {
                    out.put(rs.getString(1), new Refusal(rs.getString(2), rs.getString(3)));
                }
            }
            return out;
        });
    }

    /** The web said it lacks these bytes after all (it lost them): upload them again. */
    public void markNotOnWeb(String sha256) {
        db.transaction(c -> {
            try (var ps = c.prepareStatement("UPDATE photo_files SET on_web = 0 WHERE sha256 = ?")) {
                ps.setString(1, sha256);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Force Sync: every photo of the inspection is checked with the web again. */
    void markAllUnsent(Connection c, UUID inspectionId) throws SQLException {
        try (var ps = c.prepareStatement(MARK_ALL_UNSENT)) {
            ps.setString(1, inspectionId.toString());
            ps.executeUpdate();
        }
    }

    /** Records bytes downloaded and verified: they came from the web, so the web has them. */
    public void addDownloaded(PhotoContent content) {
        db.transaction(c -> {
            try (var ps = c.prepareStatement(ADD_DOWNLOADED)) {
                ps.setString(1, content.sha256());
                ps.setLong(2, content.size());
                ps.executeUpdate();
            }
            return null;
        });
    }

    static boolean isStored(Connection c, String sha256) throws SQLException {
        try (var ps = c.prepareStatement(STORED)) {
            ps.setString(1, sha256);
            try (var rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private List<Transfer> query(String template, UUID inspectionId) {
        String sql = template.formatted(inspectionId == null ? "" : "AND p.inspection_id = ?");
        return db.read(c -> {
            try (var ps = c.prepareStatement(sql)) {
                if (inspectionId != null) {
                    ps.setString(1, inspectionId.toString());
                }
                List<Transfer> out = new ArrayList<>();
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Transfer(UUID.fromString(rs.getString(1)),
                                new PhotoContent(rs.getString(2), rs.getLong(3))));
                    }
                }
                return List.copyOf(out);
            }
        });
    }
}
