package io.revisio.learning.fsrs;

import java.util.SplittableRandom;

/**
 * Spreads review intervals a little so that cards learnt together do not stay due together, using Anki's
 * ranges: none below 2.5 days, otherwise ± (1 day + 15 % of the days from 2.5 to 7 + 10 % of those from 7
 * to 20 + 5 % of those above 20). The draw is seeded by the card and its review count, so recomputing a
 * card's schedule always gives the same date.
 */
final class Fuzz {

    private Fuzz() {
    }

    static int apply(int interval, int maximumInterval, long cardSeed, int reps) {
        if (interval < 2.5) {
            return interval;
        }
        double delta = 1.0 + 0.15 * (Math.min(interval, 7) - 2.5) + 0.10 * Math.max(0, Math.min(interval, 20) - 7)
                + 0.05 * Math.max(0, interval - 20);
        int max = (int) Math.min(Math.round(interval + delta), maximumInterval);
        int min = (int) Math.min(Math.max(2, Math.round(interval - delta)), max);
        double draw = new SplittableRandom(cardSeed * 31 + reps).nextDouble();
        return (int) Math.min(Math.floor(draw * (max - min + 1) + min), maximumInterval);
    }
}
