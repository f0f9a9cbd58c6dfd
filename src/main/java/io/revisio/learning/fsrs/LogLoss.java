package io.revisio.learning.fsrs;

import java.util.List;

/**
 * How well a set of weights predicts recall on a review log: the mean log loss of R(t, S) against "was
 * it recalled" (any rating but Again), over every review that came at least a day after the previous one
 * (same-day reviews move the memory but are not predictions of the model).
 */
public record LogLoss(double value, int predictions) {

    private static final double EPSILON = 1e-6;

    public static LogLoss of(FsrsWeights weights, List<ReviewHistory> log) {
        MemoryModel model = new MemoryModel(weights);
        double sum = 0;
        int predictions = 0;
        for (ReviewHistory history : log) {
            MemoryState memory = null;
            for (ReviewHistory.Review review : history.reviews()) {
                if (memory == null) {
                    memory = model.first(review.rating());
                    continue;
                }
                if (review.elapsedDays() > 0) {
                    double p = Math.min(Math.max(model.retrievability(review.elapsedDays(), memory.stability()),
                            EPSILON), 1 - EPSILON);
                    sum -= review.rating() == Rating.AGAIN ? Math.log(1 - p) : Math.log(p);
                    predictions++;
                }
                memory = model.next(memory, review.elapsedDays(), review.rating());
            }
        }
        return new LogLoss(predictions == 0 ? Double.NaN : sum / predictions, predictions);
    }
}
