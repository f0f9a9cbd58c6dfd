package io.revisio.learning.mastery;

/**
 * What one answer did: the predicted chance of a correct answer made before it (to be logged), the
 * probability the skill was known given the answer (before learning), and the mastery after the learning
 * transition.
 */
public record MasteryUpdate(double predictedCorrect, double knownGivenAnswer, Mastery after) {
}
