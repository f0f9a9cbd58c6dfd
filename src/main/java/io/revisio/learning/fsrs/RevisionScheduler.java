package io.revisio.learning.fsrs;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Moves a card through its phases on each review: learning steps in minutes first, then day intervals
 * from the memory model for the desired retention, and relearning steps after a lapse.
 */
public final class RevisionScheduler {

    private final MemoryModel model;
    private final SchedulerSettings settings;

    public RevisionScheduler(MemoryModel model, SchedulerSettings settings) {
        this.model = model;
        this.settings = settings;
    }

    /**
     * The card after a review with this rating at this time.
     *
     * @param cardSeed a number fixed for the card (e.g. from its id), which makes its fuzz reproducible
     */
    public Card review(Card card, Rating rating, Instant at, long cardSeed) {
        if (card.lastReview() != null && at.isBefore(card.lastReview())) {
            throw new IllegalArgumentException("a review cannot come before the previous one");
        }
        MemoryState memory = card.memory() == null ? model.first(rating)
                : model.next(card.memory(), card.elapsedDays(at), rating);
        int reps = card.reps() + 1;
        return switch (card.phase()) {
            case NEW, LEARNING -> stepped(card, memory, rating, at, settings.learningSteps(), CardPhase.LEARNING,
                    cardSeed, reps, card.lapses());
            case REVIEW -> rating == Rating.AGAIN && !settings.relearningSteps().isEmpty()
                    ? new Card(CardPhase.RELEARNING, 0, memory, at.plus(settings.relearningSteps().get(0)), at, reps,
                            card.lapses() + 1)
                    : graduated(memory, at, cardSeed, reps, card.lapses() + (rating == Rating.AGAIN ? 1 : 0));
            case RELEARNING -> stepped(card, memory, rating, at, settings.relearningSteps(), CardPhase.RELEARNING,
                    cardSeed, reps, card.lapses());
        };
    }

    /**
     * The outcome of each rating at once, as a student choosing would see it. On day intervals they are
     * kept in order, Hard ≤ Good − 1 and Easy ≥ Good + 1, by moving a day where needed (as Anki does).
     */
    public Map<Rating, Card> preview(Card card, Instant at, long cardSeed) {
        Map<Rating, Card> outcomes = new EnumMap<>(Rating.class);
        for (Rating rating : Rating.values()) {
            outcomes.put(rating, review(card, rating, at, cardSeed));
        }
        if (card.phase() == CardPhase.REVIEW) {
            Card hard = outcomes.get(Rating.HARD);
            Card good = outcomes.get(Rating.GOOD);
            Card easy = outcomes.get(Rating.EASY);
            long hardDays = Math.min(days(hard, at), days(good, at));
            long goodDays = Math.max(days(good, at), hardDays + 1);
            long easyDays = Math.max(days(easy, at), goodDays + 1);
            outcomes.put(Rating.HARD, dueIn(hard, at, hardDays));
            outcomes.put(Rating.GOOD, dueIn(good, at, goodDays));
            outcomes.put(Rating.EASY, dueIn(easy, at, easyDays));
        }
        return outcomes;
    }

    /** The plain interval in days for a stability under these settings, before fuzz. */
    public int interval(double stability) {
        return model.interval(stability, settings.desiredRetention(), settings.maximumInterval());
    }

    private Card stepped(Card card, MemoryState memory, Rating rating, Instant at, List<Duration> steps,
            CardPhase phase, long cardSeed, int reps, int lapses) {
        int step = card.phase() == CardPhase.NEW ? 0 : card.step();
        if (steps.isEmpty() || (step >= steps.size() && rating != Rating.AGAIN)) {
            return graduated(memory, at, cardSeed, reps, lapses);
        }
        return switch (rating) {
            case AGAIN -> new Card(phase, 0, memory, at.plus(steps.get(0)), at, reps, lapses);
            case HARD -> new Card(phase, step, memory, at.plus(hardStep(steps, step)), at, reps, lapses);
            case GOOD -> step + 1 >= steps.size() ? graduated(memory, at, cardSeed, reps, lapses)
                    : new Card(phase, step + 1, memory, at.plus(steps.get(step + 1)), at, reps, lapses);
            case EASY -> graduated(memory, at, cardSeed, reps, lapses);
        };
    }

    /** Hard repeats the current step; on the first step it waits between it and the next (1.5× if alone). */
    private static Duration hardStep(List<Duration> steps, int step) {
        if (step == 0 && steps.size() == 1) {
            return Duration.ofMillis(steps.get(0).toMillis() * 3 / 2);
        }
        if (step == 0) {
            return steps.get(0).plus(steps.get(1)).dividedBy(2);
        }
        return steps.get(Math.min(step, steps.size() - 1));
    }

    private Card graduated(MemoryState memory, Instant at, long cardSeed, int reps, int lapses) {
        int days = interval(memory.stability());
        if (settings.fuzz()) {
            days = Fuzz.apply(days, settings.maximumInterval(), cardSeed, reps);
        }
        return new Card(CardPhase.REVIEW, 0, memory, at.plus(Duration.ofDays(days)), at, reps, lapses);
    }

    private static long days(Card card, Instant at) {
        return Duration.between(at, card.due()).toDays();
    }

    private static Card dueIn(Card card, Instant at, long days) {
        return new Card(card.phase(), card.step(), card.memory(), at.plus(Duration.ofDays(days)), card.lastReview(),
                card.reps(), card.lapses());
    }
}
