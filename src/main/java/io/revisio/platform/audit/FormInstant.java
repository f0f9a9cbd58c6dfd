package io.revisio.platform.audit;

import java.beans.PropertyEditorSupport;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * An instant typed into the audit page's filter: an ISO-8601 instant as the API takes it, or what a
 * datetime-local field sends (no offset), read as UTC because the page shows every time in UTC.
 */
class FormInstant extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
        if (text == null || text.isBlank()) {
            setValue(null);
            return;
        }
        String value = text.trim();
        try {
            setValue(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException withoutOffset) {
            try {
                setValue(LocalDateTime.parse(value).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not a date and time", e);
            }
        }
    }
}
