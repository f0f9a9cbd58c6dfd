package io.revisio.learning.revision;

import io.revisio.learning.fsrs.Rating;

/**
 * How a practice answer grades the recall of its question: wrong is Again; right but slow, or right after
 * changing the answer, is Hard; right and fast is Easy; otherwise right is Good. The thresholds suit
 * single-best-answer questions, which take a prepared student about a minute (docs/learning/revision.md).
 */
public final class PracticeRating {

    /** Right in less time than this is an easy recall. */
    public static final long FAST_MS = 20_000;
    /** Right after more time than this was a struggle. */
    public static final long SLOW_MS = 90_000;

    /** A rating and the rule that gave it, in words, with the values it looked at. */
    public record Graded(Rating rating, String reason) {
    }

    private PracticeRating() {
    }

    public static Graded of(boolean correct, long timeSpentMs, int changes) {
        long seconds = Math.round(timeSpentMs / 1000.0);
        if (!correct) {
            return new Graded(Rating.AGAIN, "wrong");
        }
        if (changes > 0) {
            return new Graded(Rating.HARD, "right after changing the answer " + changes + " time(s)");
        }
        if (timeSpentMs > SLOW_MS) {
            return new Graded(Rating.HARD, "right but slow: " + seconds + " s > " + SLOW_MS / 1000 + " s");
        }
        if (timeSpentMs < FAST_MS) {
            return new Graded(Rating.EASY, "right and fast: " + seconds + " s < " + FAST_MS / 1000 + " s");
        }
        return new Graded(Rating.GOOD, "right in " + seconds + " s");
    }
}
