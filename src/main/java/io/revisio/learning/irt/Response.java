package io.revisio.learning.irt;

/** A student's first answer to a question, the unit of IRT calibration. */
public record Response(String student, String item, boolean correct) {
}
