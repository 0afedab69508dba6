package io.fieldreport.web.storage;

import io.fieldreport.sync.clock.Stamp;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The highest stamp the web holds. The web's clock starts past it, so an edit made after a restart
 * orders after everything stored before, whatever the wall clock did meanwhile. Stamps' text form
 * sorts like the stamps themselves, so SQL's max() finds it.
 */
public final class HighestStamp {

    private static final String HIGHEST = """
            SELECT max(s) FROM (
                SELECT max(max(created_stamp, text_stamp, rating_stamp, deleted_stamp)) AS s FROM comments
                UNION ALL
                SELECT max(max(created_stamp, content_stamp, caption_stamp, deleted_stamp)) FROM photos
                UNION ALL
                SELECT max(stamp) FROM history)""";

    /** @return the highest stamp, or {@code null} on an empty web */
    public Stamp find(Connection c) throws SQLException {
        try (var s = c.prepareStatement(HIGHEST); var rs = s.executeQuery()) {
            String text = rs.next() ? rs.getString(1) : null;
            return text == null ? null : Stamp.parse(text);
        }
    }
}
