package io.revisio.platform.audit;

import io.revisio.shared.web.PageTimes;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** What the audit log page shows (public, as templates compile into another package). */
public final class AuditPageViews {

    /** What a datetime-local field shows and sends back. */
    private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private AuditPageViews() {
    }

    /**
     * The filter form. {@code from} and {@code to} are in the form of a datetime-local field (in UTC) when
     * they were understood, and as sent otherwise, so that a refused value can be corrected.
     */
    public record Filters(String category, String action, String actor, String target, String from, String to) {

        static String field(Instant instant, String sent) {
            return instant == null ? sent : FIELD.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
        }
    }

    /**
     * One event; ids and details as recorded, the time in UTC.
     *
     * @param actorLink the log filtered by this event's actor, or an empty string when nobody was signed in
     * @param targetLink the log filtered by this event's target, or an empty string when it has none
     */
    public record EntryRow(String occurredAt, String category, String action, String actorId, String actorLink,
            String targetType, String targetId, String targetLink, String ip, String details) {

        static EntryRow of(AuditEntry entry) {
            String actor = entry.actorId() == null ? "" : entry.actorId().toString();
            String target = nonNull(entry.targetId());
            String details = entry.details() == null || entry.details().isEmpty() ? "" : entry.details().toString();
            return new EntryRow(PageTimes.utc(entry.occurredAt()), entry.category(), entry.action(), actor,
                    filtered("actor", actor), nonNull(entry.targetType()), target, filtered("target", target),
                    nonNull(entry.ip()), details);
        }

        /** Target ids are free text: encoded, so that one with '&' or '#' still filters for itself. */
        private static String filtered(String filter, String value) {
            return value.isEmpty() ? ""
                    : AuditPages.AUDIT + "?" + filter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
        }

        private static String nonNull(String value) {
            return value == null ? "" : value;
        }
    }
}
