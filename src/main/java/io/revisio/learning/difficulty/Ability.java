package io.revisio.learning.difficulty;

/** A student's Elo-style ability on one theme (a logit, 0 = average) and the answers it rests on. */
public record Ability(double value, int answers) {

    public static final Ability INITIAL = new Ability(0, 0);

    public Ability {
        if (!Double.isFinite(value) || answers < 0) {
            throw new IllegalArgumentException("ability must be finite with a non-negative answer count");
        }
    }
}
