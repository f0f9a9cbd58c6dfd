package io.revisio.learning.difficulty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EloRatingTest {

    private final EloRating elo = new EloRating(); // K(n) = 1 / (1 + 0.05 n)

    @Test
    void aNewStudentOnANewQuestionWithFourOptions() {
        // P = 1/4 + (3/4) x logistic(0) = 0.25 + 0.375 = 0.625; K(0) = 1 for both.
        EloUpdate right = elo.answer(Ability.INITIAL, Difficulty.INITIAL, 4, true);

        assertThat(right.predictedCorrect()).isCloseTo(0.625, within(1e-12));
        // A' = 0 + 1 x (1 - 0.625) = 0.375, D' = 0 - 1 x 0.375 = -0.375.
        assertThat(right.ability()).isEqualTo(new Ability(0.375, 1));
        assertThat(right.difficulty()).isEqualTo(new Difficulty(-0.375, 1));
    }

    @Test
    void stepsShrinkWithTheAnswersEachRatingRestsOn() {
        // A = 0.5 after 10 answers, D = -0.2 after 20, five options, a wrong answer.
        // P = 0.2 + 0.8 x logistic(0.7) = 0.2 + 0.8 x 0.668188 = 0.734550.
        // K(10) = 1 / 1.5 = 0.666667, K(20) = 1 / 2 = 0.5.
        // A' = 0.5 - 0.666667 x 0.734550 = 0.010300; D' = -0.2 + 0.5 x 0.734550 = 0.167275.
        EloUpdate wrong = elo.answer(new Ability(0.5, 10), new Difficulty(-0.2, 20), 5, false);

        assertThat(wrong.predictedCorrect()).isCloseTo(0.7345502177, within(1e-9));
        assertThat(wrong.ability().value()).isCloseTo(0.0102998548, within(1e-9));
        assertThat(wrong.ability().answers()).isEqualTo(11);
        assertThat(wrong.difficulty().value()).isCloseTo(0.1672751089, within(1e-9));
        assertThat(wrong.difficulty().answers()).isEqualTo(21);
        assertThat(new StepSize(1.0, 0.05).after(20)).isEqualTo(0.5);
    }

    @Test
    void theGuessingFloorHoldsForAHopelessStudent() {
        double p = elo.predictCorrect(new Ability(-30, 5), new Difficulty(30, 5), 5);

        assertThat(p).isCloseTo(0.2, within(1e-12));
        assertThat(elo.predictCorrect(new Ability(30, 5), new Difficulty(-30, 5), 5)).isCloseTo(1.0, within(1e-12));
        assertThatThrownBy(() -> elo.predictCorrect(Ability.INITIAL, Difficulty.INITIAL, 1))
                .hasMessageContaining("two options");
    }

    @Test
    void ratingsOrderStudentsAndQuestionsAsTheTruthDoes() {
        // Two students (true abilities -1 and +1) answer three questions (true difficulties -1, 0, +1) 200 times each.
        double[] abilities = {-1, 1};
        double[] difficulties = {-1, 0, 1};
        Ability[] a = {Ability.INITIAL, Ability.INITIAL};
        Difficulty[] d = {Difficulty.INITIAL, Difficulty.INITIAL, Difficulty.INITIAL};
        SplittableRandom random = new SplittableRandom(4);
        for (int round = 0; round < 200; round++) {
            for (int s = 0; s < 2; s++) {
                for (int q = 0; q < 3; q++) {
                    double p = 0.25 + 0.75 / (1 + Math.exp(difficulties[q] - abilities[s]));
                    EloUpdate update = elo.answer(a[s], d[q], 4, random.nextDouble() < p);
                    a[s] = update.ability();
                    d[q] = update.difficulty();
                }
            }
        }
        assertThat(a[1].value()).isGreaterThan(a[0].value() + 1);
        assertThat(d[0].value()).isLessThan(d[1].value());
        assertThat(d[1].value()).isLessThan(d[2].value());
    }
}
