package io.revisio.learning.evaluation;

import java.util.List;

/**
 * Mean negative log-likelihood of the answers under the predictions, in nats: -log p for a right answer,
 * -log (1 - p) for a wrong one. Predictions are kept within 1e-6 of 0 and 1 so one overconfident miss
 * cannot make the mean infinite.
 */
public record LogLoss(double value, int predictions) {

    static final double EPSILON = 1e-6;

    public static LogLoss of(List<Prediction> predictions) {
        double sum = 0;
        for (Prediction prediction : predictions) {
            double p = Math.min(Math.max(prediction.probability(), EPSILON), 1 - EPSILON);
            sum -= prediction.correct() ? Math.log(p) : Math.log(1 - p);
        }
        return new LogLoss(predictions.isEmpty() ? Double.NaN : sum / predictions.size(), predictions.size());
    }
}
