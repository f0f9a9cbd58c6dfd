package io.revisio.practice.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The practice session's state machine and answering rules, on their own. */
class PracticeSessionTest {

    static final Instant START = Instant.parse("2026-01-10T09:00:00Z");
    static final UUID QUESTION = UUID.randomUUID();

    @Test
    void anExamTakesChangesUntilSubmitAndThenNothing() {
        PracticeSession exam = session(PracticeMode.EXAM, PracticeSessionState.IN_PROGRESS, null, true);
        PracticeSession.AnswerOutcome change = exam.answer(QUESTION, 0, START.plusSeconds(5), null);
        assertThat(change.change()).isTrue();
        assertThat(change.chosenIndex()).isEqualTo(2);
        assertThat(change.correct()).isTrue();

        assertThat(exam.submit(START.plusSeconds(10))).isTrue();
        assertThat(exam.state()).isEqualTo(PracticeSessionState.SUBMITTED);
        assertThat(exam.submit(START.plusSeconds(11))).as("a second submit changes nothing").isFalse();
        assertThatThrownBy(() -> exam.answer(QUESTION, 1, START.plusSeconds(12), null))
                .isInstanceOf(PracticeSessionRefusal.Closed.class);
        assertThatThrownBy(() -> exam.abandon(START.plusSeconds(12))).isInstanceOf(PracticeSessionRefusal.Closed.class);
    }

    @Test
    void tutorModeLocksAnAnsweredQuestion() {
        PracticeSession tutor = session(PracticeMode.TUTOR, PracticeSessionState.IN_PROGRESS, null, true);
        assertThatThrownBy(() -> tutor.answer(QUESTION, 1, START.plusSeconds(5), null))
                .isInstanceOf(PracticeSessionRefusal.Locked.class);
        assertThat(tutor.mark(QUESTION, List.of(1), START.plusSeconds(5))).as("flags still change").isNotNull();
        PracticeSession fresh = session(PracticeMode.TUTOR, PracticeSessionState.IN_PROGRESS, null, false);
        assertThat(fresh.answer(QUESTION, 1, START.plusSeconds(5), null).correct()).isFalse();
    }

    @Test
    void optionsOutsideTheQuestionAndQuestionsOutsideTheSessionAreRefused() {
        PracticeSession exam = session(PracticeMode.EXAM, PracticeSessionState.IN_PROGRESS, null, false);
        assertThatThrownBy(() -> exam.answer(QUESTION, 3, START, null)).isInstanceOf(PracticeSessionRefusal.ForeignOption.class);
        assertThatThrownBy(() -> exam.answer(QUESTION, -1, START, null)).isInstanceOf(PracticeSessionRefusal.ForeignOption.class);
        assertThatThrownBy(() -> exam.mark(QUESTION, List.of(7), START)).isInstanceOf(PracticeSessionRefusal.ForeignOption.class);
        assertThatThrownBy(() -> exam.answer(UUID.randomUUID(), 0, START, null))
                .isInstanceOf(PracticeSessionRefusal.NotInSession.class);
    }

    @Test
    void aTimedSessionExpiresAtItsDeadlineAndRefusesAnswersFromThen() {
        Instant deadline = START.plusSeconds(60);
        PracticeSession exam = session(PracticeMode.EXAM, PracticeSessionState.IN_PROGRESS, deadline, false);
        assertThat(exam.dueToExpire(deadline.minusMillis(1))).isFalse();
        assertThatThrownBy(() -> exam.expire(deadline.minusMillis(1))).isInstanceOf(PracticeSessionRefusal.Closed.class);
        assertThatThrownBy(() -> exam.answer(QUESTION, 0, deadline, null)).isInstanceOf(PracticeSessionRefusal.Closed.class);
        exam.expire(deadline);
        assertThat(exam.state()).isEqualTo(PracticeSessionState.EXPIRED);
        assertThat(exam.submit(deadline.plusSeconds(1))).as("submitting an expired session keeps its result")
                .isFalse();
    }

    @Test
    void anAbandonedSessionCannotBeSubmitted() {
        PracticeSession exam = session(PracticeMode.EXAM, PracticeSessionState.IN_PROGRESS, null, false);
        exam.abandon(START);
        assertThat(exam.state()).isEqualTo(PracticeSessionState.ABANDONED);
        assertThatThrownBy(() -> exam.submit(START)).isInstanceOf(PracticeSessionRefusal.Closed.class);
    }

    @Test
    void theServerMeasuresTimeAndTakesOnlyAPlausibleClientHint() {
        PracticeSession exam = session(PracticeMode.EXAM, PracticeSessionState.IN_PROGRESS, null, false);
        Instant now = START.plusSeconds(30);
        assertThat(exam.timeSpent(now, null)).isEqualTo(30_000);
        assertThat(exam.timeSpent(now, 12_000L)).isEqualTo(12_000);
        assertThat(exam.timeSpent(now, 90_000L)).as("more than has passed").isEqualTo(30_000);
        assertThat(exam.timeSpent(now, -5L)).isEqualTo(30_000);
        assertThat(exam.timeSpent(START.minusSeconds(1), null)).isZero();
    }

    private static PracticeSession session(PracticeMode mode, PracticeSessionState state, Instant deadline, boolean answered) {
        PracticeSessionItem item = new PracticeSessionItem(0, QUESTION, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                new int[] {2, 0, 1}, 2, answered ? 2 : null, answered ? UUID.randomUUID() : null, false, List.of(), 0);
        return new PracticeSession(UUID.randomUUID(), UUID.randomUUID(), mode, state, deadline, START, List.of(item));
    }
}
