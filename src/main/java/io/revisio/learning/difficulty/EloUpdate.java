package io.revisio.learning.difficulty;

/**
 * What one answer did: the predicted chance of a correct answer made before it (to be logged and scored
 * later), and the ability and difficulty after it.
 */
public record EloUpdate(double predictedCorrect, Ability ability, Difficulty difficulty) {
}
