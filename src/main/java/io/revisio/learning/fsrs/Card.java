package io.revisio.learning.fsrs;

import java.time.Instant;

/**
 * One student's memory of one question, as the scheduler sees it.
 *
 * @param step       index into the learning or relearning steps; 0 otherwise
 * @param memory     null until the first review
 * @param lastReview null until the first review
 * @param reps       reviews so far
 * @param lapses     times the card was forgotten after it had graduated
 */
public record Card(CardPhase phase, int step, MemoryState memory, Instant due, Instant lastReview, int reps,
        int lapses) {

    /** A card never reviewed, due now. */
    public static Card fresh(Instant now) {
        return new Card(CardPhase.NEW, 0, null, now, null, 0, 0);
    }

    /** Whole days since the last review (the t of the formulas), or 0 before any review. */
    public int elapsedDays(Instant at) {
        return lastReview == null ? 0 : (int) Math.max(0, java.time.Duration.between(lastReview, at).toDays());
    }
}
