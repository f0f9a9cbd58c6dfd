package io.revisio.learning.revision;

import io.revisio.practice.PracticeSessionStarter;
import io.revisio.shared.problem.ProblemException;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Starts a revision: a tutor-mode practice session over today's due cards, most at risk first. */
@Component
class RevisionSessions {

    /** The most questions one revision session holds. */
    static final int MAX_QUESTIONS = 200;

    private final RevisionQueue queue;
    private final RevisionSettingsStore settings;
    private final PracticeSessionStarter practice;

    RevisionSessions(RevisionQueue queue, RevisionSettingsStore settings, PracticeSessionStarter practice) {
        this.queue = queue;
        this.settings = settings;
        this.practice = practice;
    }

    /** @param sessionId a tutor-mode practice session; its answers come back as reviews */
    record Started(UUID sessionId, int questions, long due) {
    }

    /**
     * @param count how many of today's cards, or null for the student's daily limit (at most 200)
     * @throws ProblemException 422 when nothing due can be revised
     */
    Started start(UUID student, Integer count) {
        int wanted = count == null ? Math.min(MAX_QUESTIONS, settings.of(student).dailyLimit()) : count;
        RevisionQueue.Today today = queue.today(student, wanted);
        List<UUID> questions = today.cards().stream().map(RevisionQueue.DueCard::questionId).toList();
        PracticeSessionStarter.Started started = practice.startTutorSession(student, questions, "revision")
                .orElseThrow(() -> new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "revision-nothing-due",
                        "Nothing is due for revision today" + (today.due() > 0
                                ? ": the due cards' questions are no longer published." : ".")));
        return new Started(started.sessionId(), started.questions(), today.due());
    }
}
