package io.revisio.learning.mastery;

/**
 * One skill's Bayesian knowledge tracing parameters (Corbett and Anderson, 1995): the chance a student
 * knows the skill before the first attempt (prior), of learning it at an attempt (learn, the transition
 * from not known to known; nothing is forgotten), of answering right without knowing it (guess) and of
 * answering wrong while knowing it (slip). Guess is at most 0.3 and slip at most 0.1, the bounds Corbett
 * and Anderson used against degenerate fits in which knowing the skill would mean answering worse.
 */
public record BktParameters(double prior, double learn, double guess, double slip) {

    public static final double MAX_GUESS = 0.3;
    public static final double MAX_SLIP = 0.1;

    /**
     * Used until a skill has enough data for a fit: a modest prior and learning rate, a guess near chance
     * on five options and the largest slip allowed. Our choice, not a published set.
     */
    public static final BktParameters DEFAULT = new BktParameters(0.3, 0.1, 0.2, 0.1);

    public BktParameters {
        check("prior", prior, 0, 1);
        check("learn", learn, 0, 1);
        check("guess", guess, 0, MAX_GUESS);
        check("slip", slip, 0, MAX_SLIP);
    }

    private static void check(String name, double value, double lower, double upper) {
        if (!(value >= lower && value <= upper)) {
            throw new IllegalArgumentException(name + " must be between " + lower + " and " + upper + ": " + value);
        }
    }
}
