package io.revisio.learning.fsrs;

/**
 * The FSRS-6 memory model: how stability and difficulty move with each review, how likely recall is after
 * some days, and the interval that meets a desired retention. The formulas are FSRS-6's as published by
 * open-spaced-repetition; where the text and the reference implementation differ, the implementation's
 * behaviour (checked by its golden vectors) wins and the difference is named here.
 */
public final class MemoryModel {

    public static final double MIN_STABILITY = 0.001;
    public static final int DEFAULT_MAXIMUM_INTERVAL = 36_500;

    private final FsrsWeights weights;
    private final double decay;
    private final double factor;
    // Terms that depend on the weights alone, computed once: a review update runs millions of times in a fit.
    private final double recallScale;
    private final double meanReversionTarget;
    private final double lapseCap;

    public MemoryModel(FsrsWeights weights) {
        this.weights = weights;
        this.decay = weights.get(20);
        this.factor = Math.pow(0.9, -1 / decay) - 1; // makes R(S, S) = 0.9
        this.recallScale = Math.exp(weights.get(8));
        this.meanReversionTarget = weights.get(7) * initialDifficulty(Rating.EASY);
        this.lapseCap = Math.exp(weights.get(17) * weights.get(18));
    }

    public FsrsWeights weights() {
        return weights;
    }

    /** The probability of recall after {@code elapsedDays} for a memory of this stability. */
    public double retrievability(double elapsedDays, double stability) {
        return Math.pow(1 + factor * Math.max(0, elapsedDays) / stability, -decay);
    }

    /** The memory after the very first review. */
    public MemoryState first(Rating rating) {
        return new MemoryState(Math.max(MIN_STABILITY, w(rating.grade() - 1)), clampDifficulty(
                initialDifficulty(rating)));
    }

    /**
     * The memory after a review {@code elapsedDays} whole days after the previous one: the same-day
     * (short-term) formula when no day has passed, else recall or lapse.
     */
    public MemoryState next(MemoryState memory, int elapsedDays, Rating rating) {
        if (elapsedDays < 0) {
            throw new IllegalArgumentException("a review cannot come before the previous one");
        }
        double s = memory.stability();
        double d = memory.difficulty();
        double stability;
        if (elapsedDays == 0) {
            stability = sameDayStability(s, rating);
        } else {
            double r = retrievability(elapsedDays, s);
            stability = rating == Rating.AGAIN ? lapseStability(d, s, r) : recallStability(d, s, r, rating);
        }
        return new MemoryState(Math.min(Math.max(stability, MIN_STABILITY), DEFAULT_MAXIMUM_INTERVAL),
                nextDifficulty(d, rating));
    }

    /** Whole days until recall falls to the desired retention: at least 1, at most the maximum. */
    public int interval(double stability, double desiredRetention, int maximumInterval) {
        double days = stability / factor * (Math.pow(desiredRetention, -1 / decay) - 1);
        return (int) Math.min(Math.max(1, Math.round(days)), maximumInterval);
    }

    private double recallStability(double d, double s, double r, Rating rating) {
        double hardPenalty = rating == Rating.HARD ? w(15) : 1;
        double easyBonus = rating == Rating.EASY ? w(16) : 1;
        return s * (1 + recallScale * (11 - d) * Math.pow(s, -w(9)) * (Math.exp(w(10) * (1 - r)) - 1)
                * hardPenalty * easyBonus);
    }

    /** After forgetting, the new stability never exceeds what a same-day Again would leave. */
    private double lapseStability(double d, double s, double r) {
        double forgotten = w(11) * Math.pow(d, -w(12)) * (Math.pow(s + 1, w(13)) - 1) * Math.exp(w(14) * (1 - r));
        return Math.min(forgotten, s / lapseCap);
    }

    /**
     * Same-day reviews. The published text floors the growth factor at 1 for Good and Easy; the reference
     * implementations (fsrs-rs, ts-fsrs 5) floor it from Hard up, so a same-day Hard keeps the stability —
     * their golden vectors say so, and we follow them.
     */
    private double sameDayStability(double s, Rating rating) {
        double growth = Math.exp(w(17) * (rating.grade() - 3 + w(18))) * Math.pow(s, -w(19));
        return s * (rating.grade() >= Rating.HARD.grade() ? Math.max(growth, 1) : growth);
    }

    /** Linear damping towards 10, then mean reversion towards the (unclamped) first-Easy difficulty. */
    private double nextDifficulty(double d, Rating rating) {
        double delta = -w(6) * (rating.grade() - 3);
        double damped = d + delta * (10 - d) / 9;
        return clampDifficulty(meanReversionTarget + (1 - w(7)) * damped);
    }

    private double initialDifficulty(Rating rating) {
        return w(4) - Math.exp(w(5) * (rating.grade() - 1)) + 1;
    }

    private static double clampDifficulty(double d) {
        return Math.min(Math.max(d, 1), 10);
    }

    private double w(int i) {
        return weights.get(i);
    }
}
