package io.revisio.platform.web;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What a value of a type looks like, for the message of a field that could not be converted; the
 * converter's own message would name Java types and echo the input.
 */
final class ExpectedFormats {

    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(Integer.class, Long.class, Short.class, Byte.class,
            BigInteger.class, int.class, long.class, short.class, byte.class);
    private static final Set<Class<?>> INSTANTS = Set.of(Instant.class, OffsetDateTime.class, ZonedDateTime.class);

    private ExpectedFormats() {
    }

    static String of(Class<?> type) {
        if (type == null) {
            return "has the wrong format";
        }
        if (UUID.class.equals(type)) {
            return "must be a UUID";
        }
        if (INSTANTS.contains(type)) {
            return "must be an ISO-8601 instant such as 2026-01-31T09:30:00Z";
        }
        if (LocalDate.class.equals(type)) {
            return "must be an ISO-8601 date such as 2026-01-31";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "must be an ISO-8601 date or time";
        }
        if (WHOLE_NUMBERS.contains(type)) {
            return "must be a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "must be a number";
        }
        if (Boolean.class.equals(type) || type == boolean.class) {
            return "must be true or false";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        return "has the wrong format";
    }
}
