package io.revisio.learning.revision;

import io.revisio.learning.fsrs.Card;
import io.revisio.learning.fsrs.MemoryModel;
import io.revisio.learning.fsrs.RevisionScheduler;
import io.revisio.learning.fsrs.SchedulerSettings;
import io.revisio.practice.PracticeSessionFinished;
import io.revisio.shared.rebuild.Rebuildable;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every answered practice question becomes a review of the student's card for it, graded by
 * {@link PracticeRating}; the card's state is what the FSRS-6 scheduler makes of its reviews in time order,
 * and can always be recomputed from them.
 */
@Component
class RevisionCards implements Rebuildable {

    /** A card forgotten this often after it was learnt is flagged as a leech. */
    static final int LEECH_LAPSES = 8;

    private final CardStore store;
    private final RevisionSettingsStore settings;
    private final StudentWeights weights;

    RevisionCards(CardStore store, RevisionSettingsStore settings, StudentWeights weights) {
        this.store = store;
        this.settings = settings;
        this.weights = weights;
    }

    /**
     * Idempotent: an answer already reviewed (the same session and question) is skipped. Whatever the session's
     * size, its reviews are added, its cards locked and the changed cards written in one statement each.
     */
    @Transactional
    void record(PracticeSessionFinished session) {
        Map<UUID, CardStore.NewReview> reviews = new LinkedHashMap<>();
        session.questions().stream()
                .filter(question -> question.chosenOption() != null)
                .sorted(Comparator.comparing(question -> answeredAt(question, session)))
                .forEach(question -> {
                    PracticeRating.Graded graded = PracticeRating.of(question.correct(), question.timeSpentMs(),
                            question.changes());
                    reviews.putIfAbsent(question.questionId(), new CardStore.NewReview(question.questionId(),
                            answeredAt(question, session), graded.rating(), graded.reason()));
                });
        if (reviews.isEmpty()) {
            return;
        }
        UUID student = session.studentId();
        double retention = settings.of(student).desiredRetention();
        StudentWeights.Current current = weights.current(student);
        MemoryModel model = weights.model(current.fitId());
        Set<UUID> added = store.addReviews(student, session.sessionId(), List.copyOf(reviews.values()), retention,
                current.fitId());
        if (added.isEmpty()) {
            return;
        }
        Map<UUID, Card> cards = store.lock(student, added);
        Map<UUID, Card> next = new LinkedHashMap<>();
        for (CardStore.NewReview review : reviews.values()) {
            if (!added.contains(review.questionId())) {
                continue;
            }
            Card card = cards.get(review.questionId());
            next.put(review.questionId(), card != null && review.at().isBefore(card.lastReview())
                    ? replay(student, review.questionId()) // an older session handled late
                    : scheduler(model, retention).review(card == null ? Card.fresh(review.at()) : card,
                            review.rating(), review.at(), seed(student, review.questionId())));
        }
        store.save(student, next);
    }

    @Override
    public String name() {
        return "revision-cards";
    }

    /** Recomputes every card from its reviews; suspensions are kept. */
    @Override
    @Transactional
    public String rebuild() {
        store.lockAllCards();
        List<UUID[]> cards = store.reviewedCards();
        for (UUID[] card : cards) {
            store.save(card[0], Map.of(card[1], replay(card[0], card[1])));
        }
        store.deleteCardsWithoutReviews();
        return cards.size() + " revision cards from " + store.reviewCount() + " reviews";
    }

    private Card replay(UUID student, UUID question) {
        Card card = null;
        for (CardStore.StoredReview review : store.reviews(student, question)) {
            card = scheduler(weights.model(review.fitId()), review.retention()).review(
                    card == null ? Card.fresh(review.at()) : card, review.rating(), review.at(), seed(student, question));
        }
        return card;
    }

    /** Each review is scheduled with the weights and for the retention the student had when it happened. */
    private static RevisionScheduler scheduler(MemoryModel model, double retention) {
        return new RevisionScheduler(model, SchedulerSettings.DEFAULT.withRetention(retention));
    }

    /** When the student gave the final answer; the session's end if no time was kept. */
    private static Instant answeredAt(PracticeSessionFinished.QuestionOutcome question,
            PracticeSessionFinished session) {
        return question.history().isEmpty() ? session.finishedAt()
                : question.history().get(question.history().size() - 1).answeredAt();
    }

    /** Fixed per card, so that its fuzz (and so its due date) is the same whenever it is recomputed. */
    static long seed(UUID student, UUID question) {
        return student.getMostSignificantBits() * 31 + question.getLeastSignificantBits();
    }
}
