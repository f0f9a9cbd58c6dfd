package io.revisio.practice.session;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BiPredicate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pausing and resuming a practice session, where its mode allows it. Both are idempotent: pausing a paused
 * session or resuming a running one changes nothing, so a retried request or a second device is harmless.
 */
@Component
class PracticeSessionPause {

    private final PracticeSessionRepository sessions;
    private final Clock clock;

    PracticeSessionPause(PracticeSessionRepository sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Transactional
    void pause(UUID student, UUID id) {
        change(student, id, PracticeSession::pause);
    }

    @Transactional
    void resume(UUID student, UUID id) {
        change(student, id, PracticeSession::resume);
    }

    private void change(UUID student, UUID id, BiPredicate<PracticeSession, Instant> change) {
        PracticeSession session = sessions.lock(id, student).orElseThrow(() -> PracticeSessionProblems.notFound(id));
        try {
            if (change.test(session, clock.instant())) {
                sessions.pauseOrResume(session);
            }
        } catch (PracticeSessionRefusal refusal) {
            throw PracticeSessionProblems.of(refusal);
        }
    }
}
