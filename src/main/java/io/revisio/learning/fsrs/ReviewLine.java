package io.revisio.learning.fsrs;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One input line of the {@code fsrs} commands:
 * {@code {"retention": r, "reviews": [{"t": days_since_previous, "rating": 1-4}, …]}}.
 */
record ReviewLine(double retention, ReviewHistory history) {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** A line that cannot be read, with what is wrong in words. */
    static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message);
        }
    }

    static ReviewLine parse(String line) {
        JsonNode input;
        try {
            input = JSON.readTree(line);
        } catch (JacksonException e) {
            throw new Invalid("not JSON: " + e.getOriginalMessage());
        }
        if (input == null || !input.isObject()) {
            throw new Invalid("expected an object with \"retention\" and \"reviews\"");
        }
        JsonNode retention = input.get("retention");
        if (retention == null || !retention.isNumber() || !(retention.asDouble() > 0 && retention.asDouble() < 1)) {
            throw new Invalid("\"retention\" must be a number between 0 and 1 (exclusive)");
        }
        JsonNode reviews = input.get("reviews");
        if (reviews == null || !reviews.isArray() || reviews.isEmpty()) {
            throw new Invalid("\"reviews\" must be a non-empty array");
        }
        List<ReviewHistory.Review> history = new ArrayList<>(reviews.size());
        for (int i = 0; i < reviews.size(); i++) {
            JsonNode review = reviews.get(i);
            history.add(new ReviewHistory.Review(elapsedDays(review, i), rating(review, i)));
        }
        return new ReviewLine(retention.asDouble(), new ReviewHistory(history));
    }

    private static Rating rating(JsonNode review, int index) {
        JsonNode rating = review == null ? null : review.get("rating");
        if (rating == null || !rating.isIntegralNumber() || rating.asInt() < 1 || rating.asInt() > 4) {
            throw new Invalid("reviews[" + index + "].rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)");
        }
        return Rating.ofGrade(rating.asInt());
    }

    private static int elapsedDays(JsonNode review, int index) {
        JsonNode t = review == null ? null : review.get("t");
        if (t == null || !t.isIntegralNumber() || t.asLong() < 0 || t.asLong() > 1_000_000) {
            throw new Invalid("reviews[" + index + "].t must be whole days since the previous review (0 or more)");
        }
        return t.asInt();
    }
}
