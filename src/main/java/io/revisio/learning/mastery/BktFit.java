package io.revisio.learning.mastery;

/**
 * The result of fitting one skill: the parameters to use, the log-likelihood of the attempts under them,
 * the EM iterations run, the data seen, and whether the skill had too little data and got the defaults.
 */
public record BktFit(BktParameters parameters, double logLikelihood, int iterations, int sequences,
        int attempts, boolean defaults) {
}
