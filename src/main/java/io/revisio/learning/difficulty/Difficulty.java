package io.revisio.learning.difficulty;

/** A question's Elo-style difficulty (a logit, 0 = average) and the answers it rests on. */
public record Difficulty(double value, int answers) {

    public static final Difficulty INITIAL = new Difficulty(0, 0);

    public Difficulty {
        if (!Double.isFinite(value) || answers < 0) {
            throw new IllegalArgumentException("difficulty must be finite with a non-negative answer count");
        }
    }
}
