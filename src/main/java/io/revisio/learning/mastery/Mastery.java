package io.revisio.learning.mastery;

/**
 * One student's mastery of one skill: the probability that the skill is known (after the learning
 * transition of the last attempt) and how many attempts it rests on. This is all the state knowledge
 * tracing keeps between answers.
 */
public record Mastery(double known, int attempts) {

    public Mastery {
        if (!(known >= 0 && known <= 1) || attempts < 0) {
            throw new IllegalArgumentException("mastery must be a probability with a non-negative attempt count");
        }
    }

    /** Before any attempt: the skill's prior. */
    public static Mastery initial(BktParameters parameters) {
        return new Mastery(parameters.prior(), 0);
    }
}
