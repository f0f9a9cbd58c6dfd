package io.revisio.learning.fsrs;

import java.util.ArrayList;
import java.util.List;

/**
 * How well predicted recall matches observed recall: predictions grouped in ten bins by predicted
 * probability, each with its mean prediction and the share actually recalled, and the root mean square
 * gap between the two weighted by the reviews in each bin (lower is better).
 */
public record Calibration(List<Bin> bins, double weightedRmse) {

    public record Bin(double from, double to, int reviews, double meanPredicted, double observed) {
    }

    public static Calibration of(FsrsWeights weights, List<ReviewHistory> log) {
        int[] counts = new int[10];
        double[] predicted = new double[10];
        double[] recalled = new double[10];
        MemoryModel model = new MemoryModel(weights);
        for (ReviewHistory history : log) {
            MemoryState memory = null;
            for (ReviewHistory.Review review : history.reviews()) {
                if (memory != null && review.elapsedDays() > 0) {
                    double p = model.retrievability(review.elapsedDays(), memory.stability());
                    int bin = Math.min(9, (int) (p * 10));
                    counts[bin]++;
                    predicted[bin] += p;
                    recalled[bin] += review.rating() == Rating.AGAIN ? 0 : 1;
                }
                memory = memory == null ? model.first(review.rating())
                        : model.next(memory, review.elapsedDays(), review.rating());
            }
        }
        List<Bin> bins = new ArrayList<>();
        double squares = 0;
        int total = 0;
        for (int i = 0; i < 10; i++) {
            if (counts[i] == 0) {
                continue;
            }
            double meanPredicted = predicted[i] / counts[i];
            double observed = recalled[i] / counts[i];
            bins.add(new Bin(i / 10.0, (i + 1) / 10.0, counts[i], meanPredicted, observed));
            squares += counts[i] * (meanPredicted - observed) * (meanPredicted - observed);
            total += counts[i];
        }
        return new Calibration(bins, total == 0 ? Double.NaN : Math.sqrt(squares / total));
    }
}
