package io.revisio.learning.evaluation;

import java.time.Instant;

/**
 * One answer as the learner models see it: who, on which skill (a theme or concept), which question with
 * how many options, whether it was right, and when.
 */
public record Attempt(String student, String skill, String item, int options, boolean correct, Instant at) {

    public Attempt {
        if (student == null || student.isBlank() || skill == null || skill.isBlank() || item == null || item.isBlank()) {
            throw new IllegalArgumentException("an attempt needs a student, a skill and an item");
        }
        if (options < 2) {
            throw new IllegalArgumentException("a question needs at least two options: " + options);
        }
        if (at == null) {
            throw new IllegalArgumentException("an attempt needs a time");
        }
    }
}
