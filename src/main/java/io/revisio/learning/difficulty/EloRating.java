package io.revisio.learning.difficulty;

/**
 * Elo-style ratings for multiple-choice answers with guessing (Pelanek, 2016). A student of ability A
 * answers a question of difficulty D with k options correctly with probability
 * P = 1/k + (1 - 1/k) / (1 + exp(-(A - D))): a student who knows nothing still guesses one in k. After
 * the answer (y = 1 right, 0 wrong) both ratings move by their own step (see {@link StepSize}):
 * A' = A + K(answers of A) (y - P) and D' = D - K(answers of D) (y - P).
 * The caller keeps one ability per student and theme and one difficulty per question.
 */
public final class EloRating {

    private final StepSize step;

    public EloRating(StepSize step) {
        this.step = step;
    }

    public EloRating() {
        this(StepSize.DEFAULT);
    }

    /** The chance of a correct answer; options is the number of choices (2 or more). */
    public double predictCorrect(Ability ability, Difficulty difficulty, int options) {
        if (options < 2) {
            throw new IllegalArgumentException("a question needs at least two options: " + options);
        }
        double floor = 1.0 / options;
        return floor + (1 - floor) / (1 + Math.exp(difficulty.value() - ability.value()));
    }

    /** The prediction before the answer, and both ratings after it. */
    public EloUpdate answer(Ability ability, Difficulty difficulty, int options, boolean correct) {
        double predicted = predictCorrect(ability, difficulty, options);
        double surprise = (correct ? 1 : 0) - predicted;
        return new EloUpdate(predicted,
                new Ability(ability.value() + step.after(ability.answers()) * surprise, ability.answers() + 1),
                new Difficulty(difficulty.value() - step.after(difficulty.answers()) * surprise,
                        difficulty.answers() + 1));
    }
}
