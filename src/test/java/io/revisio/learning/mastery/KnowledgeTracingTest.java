package io.revisio.learning.mastery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class KnowledgeTracingTest {

    // Defaults: prior 0.3, learn 0.1, guess 0.2, slip 0.1.
    private final KnowledgeTracing tracing = new KnowledgeTracing(BktParameters.DEFAULT);

    @Test
    void predictsACorrectAnswerFromKnowingOrGuessing() {
        // 0.3 x (1 - 0.1) + 0.7 x 0.2 = 0.27 + 0.14 = 0.41
        assertThat(tracing.predictCorrect(tracing.initial())).isCloseTo(0.41, within(1e-12));
    }

    @Test
    void aCorrectAnswerRaisesMasteryThenLearningAddsItsShare() {
        MasteryUpdate update = tracing.answer(tracing.initial(), true);

        // Posterior: 0.27 / 0.41 = 0.658537; learning: 0.658537 + 0.341463 x 0.1 = 0.692683.
        assertThat(update.predictedCorrect()).isCloseTo(0.41, within(1e-12));
        assertThat(update.knownGivenAnswer()).isCloseTo(0.27 / 0.41, within(1e-12));
        assertThat(update.after().known()).isCloseTo(0.6926829268, within(1e-9));
        assertThat(update.after().attempts()).isEqualTo(1);
    }

    @Test
    void aWrongAnswerLowersMastery() {
        MasteryUpdate update = tracing.answer(tracing.initial(), false);

        // Posterior: 0.3 x 0.1 / (1 - 0.41) = 0.03 / 0.59 = 0.050847; learning: 0.050847 + 0.949153 x 0.1 = 0.145763.
        assertThat(update.knownGivenAnswer()).isCloseTo(0.0508474576, within(1e-9));
        assertThat(update.after().known()).isCloseTo(0.1457627119, within(1e-9));
    }

    @Test
    void twoCorrectAnswersInARow() {
        Mastery first = tracing.answer(tracing.initial(), true).after();
        MasteryUpdate second = tracing.answer(first, true);

        // Before the second answer K = 0.692683: prediction 0.692683 x 0.9 + 0.307317 x 0.2 = 0.623415 + 0.061463
        // = 0.684878; posterior 0.623415 / 0.684878 = 71/78 = 0.910256; after learning 0.910256 + 0.089744 x 0.1 = 0.919231.
        assertThat(second.predictedCorrect()).isCloseTo(0.6848780488, within(1e-9));
        assertThat(second.knownGivenAnswer()).isCloseTo(71.0 / 78, within(1e-9));
        assertThat(second.after().known()).isCloseTo(0.9192307692, within(1e-9));
        assertThat(second.after().attempts()).isEqualTo(2);
    }

    @Test
    void aRightAnswerNeverLowersMasteryAndAWrongOneNeverRaisesItBeforeLearning() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(12);
        for (int i = 0; i < 10_000; i++) {
            BktParameters p = new BktParameters(random.nextDouble(), random.nextDouble(),
                    random.nextDouble(0, BktParameters.MAX_GUESS), random.nextDouble(0, BktParameters.MAX_SLIP));
            Mastery m = new Mastery(random.nextDouble(), random.nextInt(50));
            KnowledgeTracing t = new KnowledgeTracing(p);
            MasteryUpdate right = t.answer(m, true);
            MasteryUpdate wrong = t.answer(m, false);
            // With guess + slip below 1 a right answer is evidence of knowing, a wrong one against it.
            assertThat(right.knownGivenAnswer()).isGreaterThanOrEqualTo(m.known() - 1e-12);
            assertThat(wrong.knownGivenAnswer()).isLessThanOrEqualTo(m.known() + 1e-12);
            assertThat(right.after().known()).isBetween(right.knownGivenAnswer() - 1e-12, 1.0);
            assertThat(right.predictedCorrect()).isEqualTo(wrong.predictedCorrect());
        }
    }

    @Test
    void refusesGuessAndSlipAboveTheirBounds() {
        assertThatThrownBy(() -> new BktParameters(0.3, 0.1, 0.31, 0.1)).hasMessageContaining("guess");
        assertThatThrownBy(() -> new BktParameters(0.3, 0.1, 0.2, 0.11)).hasMessageContaining("slip");
        assertThatThrownBy(() -> new BktParameters(Double.NaN, 0.1, 0.2, 0.1)).hasMessageContaining("prior");
    }

    @Test
    void theBandNarrowsWithEvidence() {
        // No attempts, K = 0.5: m = 2, sd on the logit scale 1 / sqrt(0.25 x 3) = 1.154701;
        // band = logistic(0 -/+ 1.644854 x 1.154701) = logistic(-/+1.899313) = 0.130186 .. 0.869814.
        MasteryBand none = MasteryBand.of(new Mastery(0.5, 0));
        assertThat(none.low()).isCloseTo(0.1301862072, within(1e-9));
        assertThat(none.high()).isCloseTo(0.8698137928, within(1e-9));

        // 20 attempts, K = 0.9: m = 22, sd = 1 / sqrt(0.09 x 23) = 0.695048; logit(0.9) = 2.197225;
        // band = logistic(2.197225 -/+ 1.143256) = logistic(1.053969) .. logistic(3.340481) = 0.741537 .. 0.965792.
        MasteryBand many = MasteryBand.of(new Mastery(0.9, 20));
        assertThat(many.low()).isCloseTo(0.7415369555, within(1e-9));
        assertThat(many.high()).isCloseTo(0.9657916010, within(1e-9));
        assertThat(many.estimate()).isEqualTo(0.9);
        assertThat(many.high() - many.low()).isLessThan(none.high() - none.low());
    }
}
