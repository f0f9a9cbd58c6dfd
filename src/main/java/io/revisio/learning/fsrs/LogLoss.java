package io.revisio.learning.fsrs;

import java.util.Collections;
import java.util.List;

/**
 * How well a set of weights predicts recall on a review log: the mean log loss of R(t, S) against "was
 * it recalled" (any rating but Again), over every review that came at least a day after the previous one
 * (same-day reviews move the memory but are not predictions of the model).
 */
public record LogLoss(double value, int predictions) {

    private static final double EPSILON = 1e-6;

    public static LogLoss of(FsrsWeights weights, List<ReviewHistory> log) {
        return scoredFrom(weights, log, Collections.nCopies(log.size(), 0));
    }

    /**
     * The log loss over only the reviews of each history from index {@code firstScored.get(i)} on; the
     * reviews before it still move the memory, so each scored review is predicted from its card's whole past.
     */
    public static LogLoss scoredFrom(FsrsWeights weights, List<ReviewHistory> log, List<Integer> firstScored) {
        if (firstScored.size() != log.size()) {
            throw new IllegalArgumentException("one first scored index per history");
        }
        MemoryModel model = new MemoryModel(weights);
        double sum = 0;
        int predictions = 0;
        for (int h = 0; h < log.size(); h++) {
            MemoryState memory = null;
            List<ReviewHistory.Review> reviews = log.get(h).reviews();
            int from = firstScored.get(h);
            for (int i = 0; i < reviews.size(); i++) {
                ReviewHistory.Review review = reviews.get(i);
                if (memory == null) {
                    memory = model.first(review.rating());
                    continue;
                }
                if (review.elapsedDays() > 0 && i >= from) {
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
