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

    @Test
    void tutorAndUntimedExamSessionsPauseButATimedExamDoesNot() {
        assertThat(session(PracticeMode.TUTOR, PracticeSessionState.IN_PROGRESS, null, false).pause(START)).isTrue();
        PracticeSession untimed = session(PracticeMode.EXAM, PracticeSessionState.IN_PROGRESS, null, false);
        assertThat(untimed.pause(START)).isTrue();
        assertThat(untimed.state()).isEqualTo(PracticeSessionState.PAUSED);
        assertThat(untimed.pause(START.plusSeconds(1))).as("pausing again changes nothing").isFalse();
        assertThat(untimed.pausedAt()).isEqualTo(START);

        PracticeSession timed = session(PracticeMode.EXAM, PracticeSessionState.IN_PROGRESS, START.plusSeconds(60), false);
        assertThatThrownBy(() -> timed.pause(START)).isInstanceOf(PracticeSessionRefusal.NotPausable.class);
        assertThat(timed.state()).isEqualTo(PracticeSessionState.IN_PROGRESS);
    }

    @Test
    void aPausedSessionTakesNoAnswerUntilResumedAndTheTimeAwayIsNotCounted() {
        PracticeSession tutor = session(PracticeMode.TUTOR, PracticeSessionState.IN_PROGRESS, null, false);
        tutor.pause(START.plusSeconds(20)); // 20 s on the question, then away
        assertThatThrownBy(() -> tutor.answer(QUESTION, 0, START.plusSeconds(30), null))
                .isInstanceOf(PracticeSessionRefusal.Paused.class);
        assertThatThrownBy(() -> tutor.mark(QUESTION, List.of(1), START.plusSeconds(30)))
                .isInstanceOf(PracticeSessionRefusal.Paused.class);

        assertThat(tutor.resume(START.plusSeconds(3620))).isTrue(); // back an hour later
        assertThat(tutor.state()).isEqualTo(PracticeSessionState.IN_PROGRESS);
        assertThat(tutor.pausedAt()).isNull();
        assertThat(tutor.answer(QUESTION, 0, START.plusSeconds(3625), null).timeSpentMs())
                .as("20 s before the pause and 5 s after it").isEqualTo(25_000);
        assertThat(tutor.resume(START.plusSeconds(3630))).as("resuming a running session changes nothing").isFalse();
    }

    @Test
    void aPausedSessionCanStillBeSubmittedOrAbandonedButAnEndedOneNeitherPausesNorResumes() {
        PracticeSession paused = session(PracticeMode.EXAM, PracticeSessionState.PAUSED, null, true);
        assertThat(paused.submit(START.plusSeconds(5))).isTrue();
        assertThat(paused.state()).isEqualTo(PracticeSessionState.SUBMITTED);
        assertThatThrownBy(() -> paused.pause(START)).isInstanceOf(PracticeSessionRefusal.Closed.class);
        assertThatThrownBy(() -> paused.resume(START)).isInstanceOf(PracticeSessionRefusal.Closed.class);

        PracticeSession left = session(PracticeMode.TUTOR, PracticeSessionState.PAUSED, null, false);
        left.abandon(START.plusSeconds(5));
        assertThat(left.state()).isEqualTo(PracticeSessionState.ABANDONED);
    }

    private static PracticeSession session(PracticeMode mode, PracticeSessionState state, Instant deadline, boolean answered) {
        PracticeSessionItem item = new PracticeSessionItem(0, QUESTION, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                new int[] {2, 0, 1}, 2, answered ? 2 : null, answered ? UUID.randomUUID() : null, false, List.of(), 0);
        return new PracticeSession(UUID.randomUUID(), UUID.randomUUID(), mode, state, deadline, START,
                state == PracticeSessionState.PAUSED ? START : null, List.of(item));
    }
}
