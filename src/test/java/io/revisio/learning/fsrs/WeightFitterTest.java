package io.revisio.learning.fsrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WeightFitterTest {

    /** A student whose memory differs from the default one: slower forgetting, harder first reviews. */
    static FsrsWeights student() {
        double[] w = FsrsWeights.DEFAULT.toArray();
        w[0] = 0.6;
        w[2] = 4.0;
        w[8] = 1.4;
        w[11] = 2.2;
        w[20] = 0.35;
        return FsrsWeights.of(w);
    }

    @Test
    void aFitBeatsTheDefaultsAndComesCloseToTheTruth() {
        ReviewSimulator simulator = new ReviewSimulator(student(), 0.9);
        List<ReviewHistory> log = simulator.simulate(300, 8, 1);

        WeightFitter.Fit fit = new WeightFitter(120, 0.05).fit(log, FsrsWeights.DEFAULT);

        double truth = LogLoss.of(student(), log).value();
        assertThat(fit.startLogLoss()).isEqualTo(LogLoss.of(FsrsWeights.DEFAULT, log).value());
        assertThat(fit.logLoss()).isLessThan(fit.startLogLoss());
        assertThat(fit.logLoss()).as("within 1 %% of the true weights' loss %s", truth).isLessThan(truth * 1.01);
        assertThat(fit.predictions()).isEqualTo(300 * 7);

        // The fitted weights generalise: on another log of the same student they beat the defaults too.
        List<ReviewHistory> heldOut = simulator.simulate(300, 8, 2);
        assertThat(LogLoss.of(fit.weights(), heldOut).value())
                .isLessThan(LogLoss.of(FsrsWeights.DEFAULT, heldOut).value());
    }

    /**
     * A student who forgets first reviews fast: a fit that moved every weight by the same step used to
     * throw w0 (a tenth of a day here) about and never beat the defaults.
     */
    @Test
    void aStudentFarFromTheDefaultsIsFittedToo() {
        FsrsWeights truth = FsrsWeights.of(0.1, 0.8, 1.5, 5.0, 7.0, 0.9, 2.5, 0.01, 1.5, 0.2, 1.0, 1.8, 0.08, 0.3, 1.5,
                0.5, 2.2, 0.5425, 0.0912, 0.0658, 0.2);
        List<ReviewHistory> log = new ReviewSimulator(truth, 0.9).simulate(300, 8, 1);

        WeightFitter.Fit fit = new WeightFitter(120, 0.04).fit(log, FsrsWeights.DEFAULT);

        assertThat(fit.logLoss()).isLessThan(LogLoss.of(truth, log).value() * 1.01).isLessThan(fit.startLogLoss());
        assertThat(fit.weights().get(0)).as("w0 moves towards the true 0.1").isLessThan(0.212);
    }

    @Test
    void aLogWithoutPredictionsLeavesTheWeightsAlone() {
        List<ReviewHistory> firstReviewsOnly = List.of(
                new ReviewHistory(List.of(new ReviewHistory.Review(0, Rating.GOOD))));
        WeightFitter.Fit fit = new WeightFitter().fit(firstReviewsOnly, FsrsWeights.DEFAULT);
        assertThat(fit.weights()).isEqualTo(FsrsWeights.DEFAULT);
        assertThat(fit.predictions()).isZero();
    }

    @Test
    void fittedWeightsStayWithinTheBounds() {
        List<ReviewHistory> allForgotten = new ReviewSimulator(FsrsWeights.DEFAULT, 0.9).simulate(50, 5, 3).stream()
                .map(history -> new ReviewHistory(history.reviews().stream()
                        .map(review -> new ReviewHistory.Review(review.elapsedDays(), Rating.AGAIN)).toList()))
                .toList();
        WeightFitter.Fit fit = new WeightFitter(60, 0.1).fit(allForgotten, FsrsWeights.DEFAULT);
        double[] w = fit.weights().toArray();
        for (int i = 0; i < w.length; i++) {
            assertThat(w[i]).isBetween(FsrsWeights.lower(i), FsrsWeights.upper(i));
        }
        assertThat(fit.logLoss()).isLessThan(fit.startLogLoss());
    }
}
