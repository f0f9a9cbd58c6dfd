package io.revisio.learning.irt;

/** A student's ability as the mean of its posterior (EAP) under a N(0, 1) prior, with the posterior standard deviation. */
public record AbilityEstimate(String student, double eap, double posteriorSd, int responses) {
}
