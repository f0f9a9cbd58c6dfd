package io.revisio.learning.revision;

import io.revisio.shared.problem.ProblemException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What a student decides about one of their cards: suspend it, take it back, or put it off for some days. */
@Component
class CardChoices {

    private final CardStore store;
    private final Clock clock;

    CardChoices(CardStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Transactional
    CardStore.StudentCard suspend(UUID student, UUID questionId, boolean suspended) {
        return changed(store.setSuspended(student, questionId, suspended), student, questionId);
    }

    /** Puts the card off by some days from when it is due (or from now, if it is overdue). */
    @Transactional
    CardStore.StudentCard snooze(UUID student, UUID questionId, int days) {
        CardStore.StudentCard card = store.lock(student, questionId).orElseThrow(() -> noCard(questionId));
        Instant from = card.card().due().isAfter(clock.instant()) ? card.card().due() : clock.instant();
        return changed(store.setDue(student, questionId, from.plus(Duration.ofDays(days))), student, questionId);
    }

    private CardStore.StudentCard changed(boolean found, UUID student, UUID questionId) {
        if (!found) {
            throw noCard(questionId);
        }
        return store.find(student, questionId).orElseThrow();
    }

    static ProblemException noCard(UUID questionId) {
        return new ProblemException(HttpStatus.NOT_FOUND, "revision-card-not-found",
                "You have no revision card for question " + questionId + ": cards come from answering it in practice.");
    }
}
