package io.revisio.learning.fsrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTest {

    @Test
    void theTrueWeightsAreBetterCalibratedThanWrongOnes() {
        List<ReviewHistory> log = new ReviewSimulator(WeightFitterTest.student(), 0.9).simulate(2_000, 6, 5);

        Calibration truth = Calibration.of(WeightFitterTest.student(), log);
        double[] w = WeightFitterTest.student().toArray();
        for (int i = 0; i < 4; i++) {
            w[i] *= 5; // first memories taken for five times as stable as they are
        }
        Calibration wrong = Calibration.of(FsrsWeights.of(w), log);

        assertThat(truth.weightedRmse()).isLessThan(0.03);
        assertThat(wrong.weightedRmse()).isGreaterThan(truth.weightedRmse() * 2);
        assertThat(truth.bins().stream().mapToInt(Calibration.Bin::reviews).sum()).isEqualTo(2_000 * 5);
    }

    @Test
    void aBinReportsItsMeanPredictionAndTheShareRecalled() {
        // One card: Good, then recalled (Good) after 2 days, then forgotten (Again) after 30 days.
        List<ReviewHistory> log = List.of(new ReviewHistory(List.of(new ReviewHistory.Review(0, Rating.GOOD),
                new ReviewHistory.Review(2, Rating.GOOD), new ReviewHistory.Review(30, Rating.AGAIN))));
        MemoryModel model = new MemoryModel(FsrsWeights.DEFAULT);
        double first = model.retrievability(2, 2.3065);
        double second = model.retrievability(30, model.next(model.first(Rating.GOOD), 2, Rating.GOOD).stability());

        Calibration calibration = Calibration.of(FsrsWeights.DEFAULT, log);

        assertThat(calibration.bins()).hasSize(2);
        assertThat(calibration.bins().get(0).meanPredicted()).isEqualTo(second);
        assertThat(calibration.bins().get(0).observed()).isZero();
        assertThat(calibration.bins().get(1).meanPredicted()).isEqualTo(first);
        assertThat(calibration.bins().get(1).observed()).isEqualTo(1.0);
        assertThat(calibration.weightedRmse()).isEqualTo(Math.sqrt((second * second + (1 - first) * (1 - first)) / 2));
    }
}
