package io.revisio.learning.evaluation;

import java.util.List;

/** How well one model's predictions did: log loss, AUC and calibration over the same answers. */
public record ModelScore(String model, int predictions, double logLoss, double auc, CalibrationTable calibration) {

    public static ModelScore of(String model, List<Prediction> predictions) {
        return new ModelScore(model, predictions.size(), LogLoss.of(predictions).value(), Auc.of(predictions).value(),
                CalibrationTable.of(predictions));
    }
}
