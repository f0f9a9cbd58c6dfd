package io.revisio.learning.evaluation;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One input line of {@code learning evaluate}: a JSON object with the fields student, skill and item (strings
 * or whole numbers), options (the number of answer options, 2 or more), correct (true or false) and at (an
 * ISO-8601 instant such as 2026-01-05T08:00:00Z). docs/learning/mastery.md shows an example.
 */
public final class AttemptLine {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** A line that cannot be read, with what is wrong in words. */
    public static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message);
        }
    }

    private AttemptLine() {
    }

    public static Attempt parse(String line) {
        JsonNode input;
        try {
            input = JSON.readTree(line);
        } catch (JacksonException e) {
            throw new Invalid("not JSON: " + e.getOriginalMessage());
        }
        if (input == null || !input.isObject()) {
            throw new Invalid("expected an object with student, skill, item, options, correct and at");
        }
        JsonNode options = input.get("options");
        if (options == null || !options.isIntegralNumber() || options.asLong() < 2 || options.asLong() > 100) {
            throw new Invalid("options must be a whole number of answer options, 2 to 100");
        }
        JsonNode correct = input.get("correct");
        if (correct == null || !correct.isBoolean()) {
            throw new Invalid("correct must be true or false");
        }
        return new Attempt(id(input, "student"), id(input, "skill"), id(input, "item"), options.asInt(),
                correct.asBoolean(), at(input.get("at")));
    }

    private static String id(JsonNode input, String field) {
        JsonNode id = input.get(field);
        if (id == null || !(id.isString() || id.isIntegralNumber()) || id.asString().isBlank()) {
            throw new Invalid(field + " must be a non-empty string or a whole number");
        }
        return id.asString();
    }

    private static Instant at(JsonNode at) {
        if (at == null || !at.isString()) {
            throw new Invalid("at must be an ISO-8601 instant such as 2026-01-05T08:00:00Z");
        }
        try {
            return Instant.parse(at.asString());
        } catch (DateTimeParseException e) {
            throw new Invalid("at must be an ISO-8601 instant such as 2026-01-05T08:00:00Z, not " + at.asString());
        }
    }
}
