package io.revisio.shared.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Instants as pages show them: in UTC, to the second, saying so (staff compare them with the audit log). */
public final class PageTimes {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private PageTimes() {
    }

    /** The instant for people, or an empty string for none. */
    public static String utc(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }
}
