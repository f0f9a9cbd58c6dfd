package io.revisio.learning.fsrs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Whether a student's weights should change. The student's reviews, over all cards, are put in time order;
 * new weights are fitted (from the current ones) on the older part, and the current and the new weights
 * are scored on the newest part, each held-out review predicted from its card's whole history before it.
 * The new weights are kept only when their held-out log loss is lower: a fit that only learnt the older
 * reviews, or a student who changed, keeps the weights that predict the present better.
 */
public final class HeldOutFit {

    /** One graded recall of a card at a moment. */
    public record TimedReview(Instant at, Rating rating) {
    }

    /**
     * What a trial found.
     *
     * @param trainingReviews    reviews the fit learnt from (the older part)
     * @param heldOutReviews     reviews of the newest part
     * @param heldOutPredictions held-out reviews that are predictions (a day or more after the card's previous
     *                           review), over which both log losses are taken
     * @param currentLogLoss     held-out log loss of the weights the student has
     * @param fittedLogLoss      held-out log loss of the new weights
     */
    public record Outcome(FsrsWeights fitted, int trainingReviews, int heldOutReviews, int heldOutPredictions,
            double currentLogLoss, double fittedLogLoss, boolean accepted) {
    }

    private final WeightFitter fitter;
    private final double heldOutShare;

    /** @param heldOutShare the share of the newest reviews kept out of the fit, above 0 and below 1 */
    public HeldOutFit(WeightFitter fitter, double heldOutShare) {
        if (!(heldOutShare > 0 && heldOutShare < 1)) {
            throw new IllegalArgumentException("the held-out share is between 0 and 1, not " + heldOutShare);
        }
        this.fitter = fitter;
        this.heldOutShare = heldOutShare;
    }

    /** The rule that decides: strictly better on the held-out reviews. */
    public static boolean better(double currentLogLoss, double fittedLogLoss) {
        return fittedLogLoss < currentLogLoss; // false for NaN, which means nothing was predicted
    }

    /**
     * Fits and scores; empty when either part has nothing to predict (too little history to judge a fit).
     *
     * @param cards each card's reviews in time order
     */
    public Optional<Outcome> trial(List<List<TimedReview>> cards, FsrsWeights current) {
        int total = cards.stream().mapToInt(List::size).sum();
        int heldOut = (int) Math.ceil(total * heldOutShare);
        Instant cutoff = cutoff(cards, total - heldOut);
        List<ReviewHistory> training = new ArrayList<>();
        List<ReviewHistory> whole = new ArrayList<>();
        List<Integer> firstHeldOut = new ArrayList<>();
        for (List<TimedReview> card : cards) {
            List<ReviewHistory.Review> reviews = reviews(card);
            int older = (int) card.stream().filter(review -> review.at().isBefore(cutoff)).count();
            if (older > 0) {
                training.add(new ReviewHistory(reviews.subList(0, older)));
            }
            whole.add(new ReviewHistory(reviews));
            firstHeldOut.add(older);
        }
        WeightFitter.Fit fit = fitter.fit(training, current);
        LogLoss currentLoss = LogLoss.scoredFrom(current, whole, firstHeldOut);
        if (fit.predictions() == 0 || currentLoss.predictions() == 0) {
            return Optional.empty();
        }
        double fittedLoss = LogLoss.scoredFrom(fit.weights(), whole, firstHeldOut).value();
        int trainingReviews = training.stream().mapToInt(history -> history.reviews().size()).sum();
        return Optional.of(new Outcome(fit.weights(), trainingReviews, total - trainingReviews,
                currentLoss.predictions(), currentLoss.value(), fittedLoss, better(currentLoss.value(), fittedLoss)));
    }

    /**
     * The moment the held-out part starts: that of the review at {@code index} in time order. Reviews at
     * the very same moment fall on one side together, so each card's held-out reviews are the end of its log.
     */
    private static Instant cutoff(List<List<TimedReview>> cards, int index) {
        List<Instant> times = cards.stream().flatMap(List::stream).map(TimedReview::at)
                .sorted(Comparator.naturalOrder()).toList();
        return index >= times.size() ? Instant.MAX : times.get(index);
    }

    /** Whole days between reviews, as the scheduler counts them. */
    private static List<ReviewHistory.Review> reviews(List<TimedReview> card) {
        List<ReviewHistory.Review> reviews = new ArrayList<>(card.size());
        Instant previous = null;
        for (TimedReview review : card) {
            int days = previous == null ? 0 : (int) Math.max(0, Duration.between(previous, review.at()).toDays());
            reviews.add(new ReviewHistory.Review(days, review.rating()));
            previous = review.at();
        }
        return reviews;
    }
}
