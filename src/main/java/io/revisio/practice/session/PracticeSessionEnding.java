package io.revisio.practice.session;

import io.revisio.practice.PracticeSessionFinished;
import io.revisio.practice.PracticeSessionFinished.AnswerChange;
import io.revisio.practice.PracticeSessionFinished.QuestionOutcome;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How a practice session ends: submitted by the student, expired by the server at its deadline, or
 * abandoned. A session that ends with a result publishes {@link PracticeSessionFinished} in the same
 * transaction, so the event publication registry holds it exactly when the session is ended.
 */
@Component
class PracticeSessionEnding {

    private final PracticeSessionRepository sessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;

    PracticeSessionEnding(PracticeSessionRepository sessions, ApplicationEventPublisher events, Clock clock,
            PlatformTransactionManager transactionManager) {
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * Expires the student's session if its deadline has passed, before anything else is done with it. Nearly
     * every call finds nothing to do, so it first reads the session's state without a lock or a transaction
     * of its own (one row by key); only a session that looks due is locked, and checked again under the lock.
     */
    void settle(UUID student, UUID id) {
        Instant now = clock.instant();
        boolean due = sessions.header(id, student)
                .filter(header -> PracticeSession.dueToExpire(header.state(), header.deadline(), now))
                .isPresent();
        if (due) {
            transaction.executeWithoutResult(status -> sessions.lock(id, student)
                    .filter(session -> session.dueToExpire(now))
                    .ifPresent(session -> {
                        session.expire(now);
                        end(session, now);
                    }));
        }
    }

    /** Submits; a session that already has a result keeps it. */
    @Transactional
    void submit(UUID student, UUID id) {
        PracticeSession session = sessions.lock(id, student).orElseThrow(() -> PracticeSessionProblems.notFound(id));
        Instant now = clock.instant();
        try {
            if (session.submit(now)) {
                end(session, now);
            }
        } catch (PracticeSessionRefusal refusal) {
            throw PracticeSessionProblems.of(refusal);
        }
    }

    @Transactional
    void abandon(UUID student, UUID id) {
        PracticeSession session = sessions.lock(id, student).orElseThrow(() -> PracticeSessionProblems.notFound(id));
        Instant now = clock.instant();
        try {
            session.abandon(now);
        } catch (PracticeSessionRefusal refusal) {
            throw PracticeSessionProblems.of(refusal);
        }
        sessions.finish(id, PracticeSessionState.ABANDONED, now, session.correctCount());
    }

    /**
     * Expires every timed session whose deadline is at or before {@code now}, a batch at a time; sessions
     * another instance is expiring are skipped. Returns how many this call expired.
     */
    @Transactional
    int expireDue(Instant now, int batch) {
        List<PracticeSession> due = sessions.lockDue(now, batch);
        for (PracticeSession session : due) {
            session.expire(now);
            end(session, now);
        }
        return due.size();
    }

    private void end(PracticeSession session, Instant now) {
        sessions.finish(session.id(), session.state(), now, session.correctCount());
        Map<UUID, List<AnswerChange>> history = sessions.history(session.id());
        List<QuestionOutcome> outcomes = session.items().stream()
                .map(item -> new QuestionOutcome(item.questionId(), item.versionId(), item.themeId(),
                        item.chosenIndex(), item.correctIndex(), item.correct(), item.timeSpentMs(),
                        history.getOrDefault(item.questionId(), List.of())))
                .toList();
        events.publishEvent(new PracticeSessionFinished(session.id(), session.studentId(), session.mode().name(),
                session.state().name(), now, session.correctCount(), session.items().size(), outcomes));
    }
}
