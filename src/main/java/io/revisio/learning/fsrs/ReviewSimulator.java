package io.revisio.learning.fsrs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Simulated students whose memories follow FSRS-6 with known ("true") weights: each card is reviewed when
 * a scheduler using the default weights says (a little late at times, as people are), recalled with the
 * probability the true model gives, and rated Hard, Good or Easy when recalled. Fitting the weights back
 * from such a log shows how close a fit gets to the truth.
 */
public final class ReviewSimulator {

    private final MemoryModel truth;
    private final MemoryModel scheduler;
    private final double retention;

    public ReviewSimulator(FsrsWeights trueWeights, double retention) {
        this.truth = new MemoryModel(trueWeights);
        this.scheduler = new MemoryModel(FsrsWeights.DEFAULT);
        this.retention = retention;
    }

    public List<ReviewHistory> simulate(int cards, int reviewsPerCard, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ReviewHistory> log = new ArrayList<>(cards);
        for (int card = 0; card < cards; card++) {
            List<ReviewHistory.Review> reviews = new ArrayList<>(reviewsPerCard);
            Rating rating = firstRating(random);
            MemoryState trueMemory = truth.first(rating);
            MemoryState scheduled = scheduler.first(rating);
            reviews.add(new ReviewHistory.Review(0, rating));
            for (int review = 1; review < reviewsPerCard; review++) {
                int interval = scheduler.interval(scheduled.stability(), retention, 36_500);
                int elapsed = Math.max(1, (int) Math.round(interval * (1 + random.nextDouble(-0.1, 0.5))));
                boolean recalled = random.nextDouble() < truth.retrievability(elapsed, trueMemory.stability());
                rating = recalled ? recalledRating(random) : Rating.AGAIN;
                trueMemory = truth.next(trueMemory, elapsed, rating);
                scheduled = scheduler.next(scheduled, elapsed, rating);
                reviews.add(new ReviewHistory.Review(elapsed, rating));
            }
            log.add(new ReviewHistory(reviews));
        }
        return log;
    }

    private static Rating firstRating(SplittableRandom random) {
        double draw = random.nextDouble();
        return draw < 0.2 ? Rating.AGAIN : draw < 0.35 ? Rating.HARD : draw < 0.85 ? Rating.GOOD : Rating.EASY;
    }

    private static Rating recalledRating(SplittableRandom random) {
        double draw = random.nextDouble();
        return draw < 0.15 ? Rating.HARD : draw < 0.85 ? Rating.GOOD : Rating.EASY;
    }
}
