package io.revisio.practice.session;

import io.revisio.shared.problem.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers, flags and strike-outs. An answer is an append-only fact with a client-generated id: sending the
 * same id again changes nothing and gets the same answer back, so a retry or an offline replay never
 * counts twice. The session is locked while it changes, so two devices take turns.
 */
@Component
class Answering {

    private final PracticeSessionRepository sessions;
    private final PracticeSessionViews views;
    private final Clock clock;

    Answering(PracticeSessionRepository sessions, PracticeSessionViews views, Clock clock) {
        this.sessions = sessions;
        this.views = views;
        this.clock = clock;
    }

    @Transactional
    PracticeSessionViews.AnswerView answer(UUID student, UUID id, UUID questionId, AnswerRequest request) {
        if (request.option() == null && request.flagged() == null && request.struckOut() == null) {
            throw ProblemException.invalidField("option", "required", "send an option, a flag or struck-out options");
        }
        if (request.option() != null && request.answerId() == null) {
            throw ProblemException.invalidField("answerId", "required", "an answer needs an id the client generated");
        }
        PracticeSession session = sessions.lockFor(id, student, questionId)
                .orElseThrow(() -> PracticeSessionProblems.notFound(id));
        if (request.option() != null) {
            Optional<PracticeSessionRepository.StoredAnswer> earlier = sessions.answer(request.answerId());
            if (earlier.isPresent()) {
                return replay(session, questionId, earlier.get());
            }
        }
        Instant now = clock.instant();
        try {
            session.mark(questionId, request.struckOut(), now);
            PracticeSession.AnswerOutcome outcome = request.option() == null ? null
                    : session.answer(questionId, request.option(), now, request.timeSpentMs());
            if (outcome != null) {
                sessions.recordAnswer(request.answerId(), id, outcome, request.option(), now);
                sessions.answered(student, questionId, outcome.correct());
            }
            if (request.flagged() != null || request.struckOut() != null) {
                sessions.mark(id, questionId, request.flagged(), request.struckOut());
            }
            if (request.flagged() != null) {
                sessions.flagged(student, questionId, request.flagged());
            }
            PracticeSessionItem item = current(id, questionId);
            return views.answer(session.mode(), item, item.answerId(),
                    item.answered() ? item.shownPlace(item.chosenIndex()) : null,
                    item.answered() ? item.correct() : null);
        } catch (PracticeSessionRefusal refusal) {
            throw PracticeSessionProblems.of(refusal);
        }
    }

    /** The same answer again: nothing changes, and the answer comes back as it was given. */
    private PracticeSessionViews.AnswerView replay(PracticeSession session, UUID questionId,
            PracticeSessionRepository.StoredAnswer earlier) {
        if (!earlier.sessionId().equals(session.id()) || !earlier.questionId().equals(questionId)) {
            throw PracticeSessionProblems.answerIdTaken(earlier.id());
        }
        PracticeSessionItem item = current(session.id(), questionId);
        return views.answer(session.mode(), item, earlier.id(), earlier.shownPosition(), earlier.correct());
    }

    private PracticeSessionItem current(UUID sessionId, UUID questionId) {
        return sessions.item(sessionId, questionId).orElseThrow();
    }
}
