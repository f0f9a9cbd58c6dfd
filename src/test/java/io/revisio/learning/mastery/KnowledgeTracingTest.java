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
        // No attempts, K = 0.5: n = 2, z^2 = 2.705543; centre (0.5 + 0.676386) / 2.352772 = 0.5;
        // half-width 1.644854 / 2.352772 x sqrt(0.125 + 0.169096) = 0.379134; band 0.120866 .. 0.879134.
        MasteryBand none = MasteryBand.of(new Mastery(0.5, 0));
        assertThat(none.low()).isCloseTo(0.1208663194, within(1e-9));
        assertThat(none.high()).isCloseTo(0.8791336806, within(1e-9));

        // 20 attempts, K = 0.9: n = 22; centre (0.9 + 0.061490) / 1.122979 = 0.856196;
        // half-width 1.464725 x sqrt(0.004091 + 0.001397) = 0.108512; band 0.747683 .. 0.964708.
        MasteryBand many = MasteryBand.of(new Mastery(0.9, 20));
        assertThat(many.low()).isCloseTo(0.7476831980, within(1e-9));
        assertThat(many.high()).isCloseTo(0.9647075265, within(1e-9));
        assertThat(many.estimate()).isEqualTo(0.9);
        assertThat(many.high() - many.low()).isLessThan(none.high() - none.low());
    }

    @Test
    void aSkillKnownAlmostSurelyGetsANarrowBandNotOneFromZeroToOne() {
        // K = 0.999 after 30 attempts: n = 32; centre (0.999 + 0.042274) / 1.084549 = 0.960098;
        // half-width 1.516627 x sqrt(0.0000312 + 0.0006605) = 0.039888; band 0.920210 .. 0.999988.
        // (The logit-normal band it replaces gave 0.104 .. 1.000 here: its logit-scale standard deviation,
        // 1 / sqrt(K (1 - K) n), grows without bound as K nears 1.)
        MasteryBand known = MasteryBand.of(new Mastery(0.999, 30));
        assertThat(known.low()).isCloseTo(0.9202103721, within(1e-9));
        assertThat(known.high()).isCloseTo(0.9999884441, within(1e-9));

        // K = 0.99 after 100 attempts: n = 102; band 0.956940 .. 0.997738, and narrower with 1000 attempts.
        MasteryBand hundred = MasteryBand.of(new Mastery(0.99, 100));
        assertThat(hundred.low()).isCloseTo(0.9569395567, within(1e-9));
        assertThat(hundred.high()).isCloseTo(0.9977376906, within(1e-9));
        MasteryBand thousand = MasteryBand.of(new Mastery(0.99, 1000));
        assertThat(thousand.low()).isCloseTo(0.9833512777, within(1e-9));
        assertThat(thousand.high()).isCloseTo(0.9940097077, within(1e-9));
        assertThat(thousand.high() - thousand.low()).isLessThan(hundred.high() - hundred.low());
    }

    @Test
    void theBandStaysWithinZeroAndOneAndHoldsTheEstimate() {
        for (double k : new double[] {0, 1e-6, 0.01, 0.3, 0.5, 0.9, 0.99, 0.9999, 1}) {
            double previous = 2;
            for (int attempts : new int[] {0, 1, 5, 20, 100, 1000}) {
                MasteryBand band = MasteryBand.of(new Mastery(k, attempts));
                assertThat(band.low()).as("K %s, %s attempts", k, attempts).isBetween(0.0, k);
                assertThat(band.high()).as("K %s, %s attempts", k, attempts).isBetween(k, 1.0);
                assertThat(band.high() - band.low()).as("narrower with more attempts").isLessThan(previous);
                previous = band.high() - band.low();
            }
        }
        // At the very ends the band has width about z^2 / n: K = 1 after 50 attempts gives 0.950544 .. 1.
        MasteryBand sure = MasteryBand.of(new Mastery(1, 50));
        assertThat(sure.low()).isCloseTo(0.9505435230, within(1e-9));
        assertThat(sure.high()).isEqualTo(1.0);
    }
}
