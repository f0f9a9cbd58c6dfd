package io.revisio.content.search;

import io.revisio.content.question.QuestionState;
import io.revisio.shared.problem.ProblemException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.util.MultiValueMap;

/**
 * Reads a search from query parameters, as the API and the page both send them, refusing the first invalid
 * one with a 400 that names it. Blank values count as absent, as an untouched form field sends them.
 */
final class SearchParameters {

    static final int MAX_TEXT = 200;

    private SearchParameters() {
    }

    static SearchCriteria parse(MultiValueMap<String, String> query) {
        String text = single(query, "q");
        if (text != null && text.length() > MAX_TEXT) {
            throw invalid("q", "size", "must be at most " + MAX_TEXT + " characters");
        }
        List<QuestionState> states = each(query, "status", value -> {
            try {
                return QuestionState.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw invalid("status", "unknown", "must be one of DRAFT, IN_REVIEW, CHANGES_REQUESTED, APPROVED, "
                        + "PUBLISHED, ARCHIVED");
            }
        });
        List<String> tags = each(query, "tag", value -> {
            if (value.length() > 40) {
                throw invalid("tag", "size", "must be at most 40 characters");
            }
            return value;
        });
        List<Integer> difficulties = each(query, "difficulty", value -> difficulty("difficulty", value));
        Integer min = optional(query, "difficultyMin", value -> difficulty("difficultyMin", value));
        Integer max = optional(query, "difficultyMax", value -> difficulty("difficultyMax", value));
        if (min != null && max != null && min > max) {
            throw invalid("difficultyMax", "range", "must not be below difficultyMin");
        }
        Instant from = optional(query, "updatedFrom", value -> moment("updatedFrom", value, false));
        Instant until = optional(query, "updatedTo", value -> moment("updatedTo", value, true));
        if (from != null && until != null && !from.isBefore(until)) {
            throw invalid("updatedTo", "range", "must be after updatedFrom");
        }
        Integer size = optional(query, "size", value -> {
            Integer number = number(value);
            if (number == null || number < 1 || number > SearchCriteria.MAX_SIZE) {
                throw invalid("size", "range", "must be a whole number from 1 to " + SearchCriteria.MAX_SIZE);
            }
            return number;
        });
        return new SearchCriteria(text, states, optional(query, "node", value -> uuid("node", value)), tags,
                optional(query, "author", value -> uuid("author", value)), difficulties, min, max, from, until,
                size == null ? SearchCriteria.DEFAULT_SIZE : size);
    }

    static ProblemException invalid(String field, String code, String message) {
        return ProblemException.invalidField(field, code, message);
    }

    private static String single(MultiValueMap<String, String> query, String name) {
        List<String> values = values(query, name);
        if (values.size() > 1) {
            throw invalid(name, "repeated", "must be given once");
        }
        return values.isEmpty() ? null : values.get(0);
    }

    private static <T> T optional(MultiValueMap<String, String> query, String name, Function<String, T> read) {
        String value = single(query, name);
        return value == null ? null : read.apply(value);
    }

    private static <T> List<T> each(MultiValueMap<String, String> query, String name, Function<String, T> read) {
        List<String> values = values(query, name);
        if (values.size() > 20) {
            throw invalid(name, "size", "may be given at most 20 times");
        }
        return List.copyOf(new LinkedHashSet<>(values.stream().map(read).toList()));
    }

    /** The non-blank values of a parameter, trimmed. */
    private static List<String> values(MultiValueMap<String, String> query, String name) {
        List<String> values = new ArrayList<>();
        for (String value : query.getOrDefault(name, List.of())) {
            if (value != null && !value.isBlank()) {
                values.add(value.strip());
            }
        }
        return values;
    }

    private static Integer difficulty(String field, String value) {
        Integer number = number(value);
        if (number == null || number < 1 || number > 5) {
            throw invalid(field, "range", "must be a whole number from 1 to 5");
        }
        return number;
    }

    private static UUID uuid(String field, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw invalid(field, "format", "must be a UUID");
        }
    }

    /** An instant, or a date meaning its whole day in UTC (so "to" a date includes that day). */
    private static Instant moment(String field, String value, boolean endOfDay) {
        try {
            if (value.length() == 10) {
                LocalDate date = LocalDate.parse(value);
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(field, "format", "must be a date (2026-01-31) or an instant (2026-01-31T12:00:00Z)");
        }
    }

    private static Integer number(String value) {
        try {
            return value.length() > 3 ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
