package io.revisio.learning.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PredictionMetricsTest {

    @Test
    void logLossIsTheMeanNegativeLogLikelihood() {
        // -ln 0.8 = 0.223144 (right), -ln 0.7 = 0.356675 (wrong at 0.3), -ln 0.4 = 0.916291 (wrong at 0.6);
        // mean = 1.496109 / 3 = 0.498703.
        LogLoss loss = LogLoss.of(List.of(new Prediction(0.8, true), new Prediction(0.3, false), new Prediction(0.6, false)));

        assertThat(loss.value()).isCloseTo(0.4987030757, within(1e-9));
        assertThat(loss.predictions()).isEqualTo(3);
        // A certain miss is clipped at 1e-6, not infinite: -ln(1e-6) = 13.815511.
        assertThat(LogLoss.of(List.of(new Prediction(0, true))).value()).isCloseTo(13.815510558, within(1e-6));
    }

    @Test
    void aucCountsOrderedPairsWithTiesAsHalf() {
        // Right answers at 0.9, 0.7, 0.2; wrong at 0.7, 0.4: 3 x 2 = 6 pairs.
        // 0.9 beats both (2); 0.7 ties 0.7 (0.5) and beats 0.4 (1); 0.2 beats none. AUC = 3.5 / 6 = 0.583333.
        Auc auc = Auc.of(List.of(new Prediction(0.9, true), new Prediction(0.7, false), new Prediction(0.7, true),
                new Prediction(0.4, false), new Prediction(0.2, true)));

        assertThat(auc.value()).isCloseTo(3.5 / 6, within(1e-12));
        assertThat(auc.right()).isEqualTo(3);
        assertThat(auc.wrong()).isEqualTo(2);
        assertThat(Auc.of(List.of(new Prediction(0.5, true))).value()).isNaN();
    }

    @Test
    void calibrationBinsAndTheirWeightedGap() {
        // Bins: 0.0-0.1 {0.05 wrong}: mean 0.05, observed 0; 0.1-0.2 {0.15 right, 0.12 wrong}: mean 0.135,
        // observed 0.5; 0.9-1.0 {0.95 right}: mean 0.95, observed 1.
        // RMSE = sqrt((0.05^2 + 2 x 0.365^2 + 0.05^2) / 4) = sqrt(0.27145 / 4) = 0.260504.
        CalibrationTable table = CalibrationTable.of(List.of(new Prediction(0.05, false), new Prediction(0.15, true),
                new Prediction(0.12, false), new Prediction(0.95, true)));

        assertThat(table.bins()).hasSize(3);
        assertThat(table.bins().get(1).predictions()).isEqualTo(2);
        assertThat(table.bins().get(1).meanPredicted()).isCloseTo(0.135, within(1e-12));
        assertThat(table.bins().get(1).observed()).isEqualTo(0.5);
        assertThat(table.weightedRmse()).isCloseTo(0.2605043186, within(1e-9));
    }

    @Test
    void correlationOfPairedValues() {
        // x = 1, 2, 3; y = 2, 4, 5: means 2 and 11/3; sxy = 3, sxx = 2, syy = 14/3; r = 3 / sqrt(28/3) = 0.981981.
        assertThat(Correlation.pearson(new double[] {1, 2, 3}, new double[] {2, 4, 5}))
                .isCloseTo(3 / Math.sqrt(28.0 / 3), within(1e-12));
    }
}
