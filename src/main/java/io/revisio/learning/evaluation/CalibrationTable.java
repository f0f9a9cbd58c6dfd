package io.revisio.learning.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * Predictions grouped in ten bins by predicted probability (0-0.1, ..., 0.9-1), each with its mean
 * prediction and the share actually right, and the root mean square gap between the two weighted by the
 * predictions in each bin (lower is better), as in the FSRS evaluation.
 */
public record CalibrationTable(List<Bin> bins, double weightedRmse) {

    public record Bin(double from, double to, int predictions, double meanPredicted, double observed) {
    }

    public static CalibrationTable of(List<Prediction> predictions) {
        int[] counts = new int[10];
        double[] predicted = new double[10];
        double[] right = new double[10];
        for (Prediction prediction : predictions) {
            int bin = Math.min(9, (int) (prediction.probability() * 10));
            counts[bin]++;
            predicted[bin] += prediction.probability();
            right[bin] += prediction.correct() ? 1 : 0;
        }
        List<Bin> bins = new ArrayList<>();
        double squares = 0;
        for (int i = 0; i < 10; i++) {
            if (counts[i] == 0) {
                continue;
            }
            double mean = predicted[i] / counts[i];
            double observed = right[i] / counts[i];
            bins.add(new Bin(i / 10.0, (i + 1) / 10.0, counts[i], mean, observed));
            squares += counts[i] * (mean - observed) * (mean - observed);
        }
        return new CalibrationTable(bins, predictions.isEmpty() ? Double.NaN : Math.sqrt(squares / predictions.size()));
    }
}
