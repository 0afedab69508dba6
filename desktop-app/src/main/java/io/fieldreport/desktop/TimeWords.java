package io.fieldreport.desktop;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as an inspector reads them: "today 10:42", "yesterday 17:05", "Mon 3 Nov 09:12", "never". */
public final class TimeWords {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private final Clock clock;

    public TimeWords(Clock clock) {
        this.clock = clock;
    }

    public String at(Instant when) {
        if (when == null) {
            return "never";
        }
        ZonedDateTime t = when.atZone(clock.getZone());
        LocalDate today = LocalDate.now(clock);
        if (t.toLocalDate().equals(today)) {
            return "today " + TIME.format(t);
        }
        if (t.toLocalDate().equals(today.minusDays(1))) {
            return "yesterday " + TIME.format(t);
        }
        return DAY.format(t);
    }

    public static String date(LocalDate day) {
        return day == null ? "no date" : DATE.format(day);
    }
}
