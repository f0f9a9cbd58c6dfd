package io.revisio.learning.mastery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BktFitterTest {

    @Test
    void oneEmStepMatchesTheExpectedCountsWorkedByHand() {
        // prior 0.4, learn 0.2, guess 0.2, slip 0.1; one student answers wrong, right, right.
        // Paths of the hidden state (0 not known, 1 known) and their joint probabilities with the answers:
        //   0,0,0: 0.6 x 0.8 x 0.8 x 0.2 x 0.8 x 0.2 = 0.012288
        //   0,0,1: 0.6 x 0.8 x 0.8 x 0.2 x 0.2 x 0.9 = 0.013824
        //   0,1,1: 0.6 x 0.8 x 0.2 x 0.9 x 1.0 x 0.9 = 0.077760
        //   1,1,1: 0.4 x 0.1 x 1.0 x 0.9 x 1.0 x 0.9 = 0.032400   (1 -> 0 is impossible: no forgetting)
        //   total (the likelihood) = 0.136272
        // prior' = 0.0324 / 0.136272 = 0.237760
        // learn' = (0.013824 + 0.07776) / (0.103872 unknown at 1 + 0.026112 unknown at 2) = 0.704579
        // guess' = (0.026112 + 0.012288 correct while unknown) / 0.142272 unknown = 0.269906
        // slip'  = 0.0324 wrong while known / 0.266544 known = 0.121556, above 0.1, so 0.1.
        BaumWelch em = new BaumWelch(new boolean[][] {{false, true, true}});

        BaumWelch.Step step = em.step(new BktParameters(0.4, 0.2, 0.2, 0.1));

        assertThat(step.logLikelihood()).isCloseTo(Math.log(0.136272), within(1e-12));
        assertThat(step.next().prior()).isCloseTo(0.0324 / 0.136272, within(1e-12));
        assertThat(step.next().learn()).isCloseTo(0.091584 / 0.129984, within(1e-12));
        assertThat(step.next().guess()).isCloseTo(0.0384 / 0.142272, within(1e-12));
        assertThat(step.next().slip()).isEqualTo(0.1);
    }

    @Test
    void recoversTheParametersOfASimulatedSkill() {
        BktParameters truth = new BktParameters(0.25, 0.15, 0.22, 0.07);
        List<List<Boolean>> sequences = simulate(truth, 400, 12, 3);

        BktFit fit = new BktFitter().fit(sequences);

        assertThat(fit.defaults()).isFalse();
        assertThat(fit.attempts()).isEqualTo(4_800);
        assertThat(fit.parameters().prior()).isCloseTo(0.25, within(0.05));
        assertThat(fit.parameters().learn()).isCloseTo(0.15, within(0.03));
        assertThat(fit.parameters().guess()).isCloseTo(0.22, within(0.03));
        assertThat(fit.parameters().slip()).isCloseTo(0.07, within(0.02));
        // The fit explains the data at least as well as the truth does.
        assertThat(fit.logLikelihood()).isGreaterThanOrEqualTo(
                new BaumWelch(arrays(sequences)).step(truth).logLikelihood() - 1e-6);
    }

    @Test
    void eachIterationRaisesTheLikelihoodAndKeepsTheBounds() {
        List<List<Boolean>> sequences = simulate(new BktParameters(0.1, 0.05, 0.3, 0.1), 100, 10, 9);
        BaumWelch em = new BaumWelch(arrays(sequences));
        BktParameters current = new BktParameters(0.5, 0.5, 0.3, 0.1);
        double previous = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < 30; i++) {
            BaumWelch.Step step = em.step(current);
            assertThat(step.logLikelihood()).isGreaterThanOrEqualTo(previous - 1e-9);
            assertThat(step.next().guess()).isLessThanOrEqualTo(BktParameters.MAX_GUESS);
            assertThat(step.next().slip()).isLessThanOrEqualTo(BktParameters.MAX_SLIP);
            previous = step.logLikelihood();
            current = step.next();
        }
    }

    @Test
    void keepsTheBestOfItsStarts() {
        List<List<Boolean>> sequences = simulate(new BktParameters(0.5, 0.02, 0.3, 0.02), 150, 8, 21);
        BktFitter fitter = new BktFitter();

        BktFit best = fitter.fit(sequences);

        for (BktParameters start : BktFitter.STARTS) {
            assertThat(best.logLikelihood()).isGreaterThanOrEqualTo(fitter.fit(sequences, start).logLikelihood());
        }
        assertThat(BktFitter.STARTS).hasSize(3);
    }

    @Test
    void aSkillWithTooLittleDataKeepsTheDefaults() {
        List<List<Boolean>> few = simulate(new BktParameters(0.6, 0.3, 0.1, 0.05), 10, 5, 1);

        BktFit fit = new BktFitter().fit(few);

        assertThat(fit.defaults()).isTrue();
        assertThat(fit.parameters()).isEqualTo(BktParameters.DEFAULT);
        assertThat(fit.attempts()).isEqualTo(50);
        assertThat(new BktFitter().fit(List.of()).parameters()).isEqualTo(BktParameters.DEFAULT);
    }

    static List<List<Boolean>> simulate(BktParameters truth, int students, int attempts, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<List<Boolean>> sequences = new ArrayList<>();
        for (int s = 0; s < students; s++) {
            boolean knows = random.nextDouble() < truth.prior();
            List<Boolean> answers = new ArrayList<>();
            for (int a = 0; a < attempts; a++) {
                answers.add(random.nextDouble() < (knows ? 1 - truth.slip() : truth.guess()));
                knows = knows || random.nextDouble() < truth.learn();
            }
            sequences.add(answers);
        }
        return sequences;
    }

    private static boolean[][] arrays(List<List<Boolean>> sequences) {
        boolean[][] data = new boolean[sequences.size()][];
        for (int i = 0; i < data.length; i++) {
            data[i] = new boolean[sequences.get(i).size()];
            for (int j = 0; j < data[i].length; j++) {
                data[i][j] = sequences.get(i).get(j);
            }
        }
        return data;
    }
}
