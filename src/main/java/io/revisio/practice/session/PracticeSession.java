package io.revisio.practice.session;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One practice session a student takes, with its pinned questions. Guards its own state machine:
 * IN_PROGRESS ⇄ PAUSED (where the mode allows it), then SUBMITTED | EXPIRED | ABANDONED, and nothing after
 * that. Plain Java, no I/O: the caller loads it locked, asks it, and writes what it decided.
 */
final class PracticeSession {

    private final UUID id;
    private final UUID studentId;
    private final PracticeMode mode;
    private final Instant deadline;
    private final List<PracticeSessionItem> items;
    /** False when loaded with only the questions one change concerns; then nothing may be read across items. */
    private final boolean whole;
    private PracticeSessionState state;
    private Instant lastActivityAt;
    private Instant pausedAt;

    PracticeSession(UUID id, UUID studentId, PracticeMode mode, PracticeSessionState state, Instant deadline,
            Instant lastActivityAt, Instant pausedAt, List<PracticeSessionItem> items) {
        this(id, studentId, mode, state, deadline, lastActivityAt, pausedAt, items, true);
    }

    /**
     * @param whole whether {@code items} are all the session's questions; answering or marking one question
     *              needs only that one (loading all forty for every answer was a measurable share of its cost)
     */
    PracticeSession(UUID id, UUID studentId, PracticeMode mode, PracticeSessionState state, Instant deadline,
            Instant lastActivityAt, Instant pausedAt, List<PracticeSessionItem> items, boolean whole) {
        this.whole = whole;
        this.id = id;
        this.studentId = studentId;
        this.mode = mode;
        this.state = state;
        this.deadline = deadline;
        this.lastActivityAt = lastActivityAt;
        this.pausedAt = pausedAt;
        this.items = List.copyOf(items);
    }

    /** What an answer did: the stored option it chose, whether that is right, and the time it is credited. */
    record AnswerOutcome(PracticeSessionItem item, int chosenIndex, boolean correct, long timeSpentMs, boolean change) {
    }

    UUID id() {
        return id;
    }

    UUID studentId() {
        return studentId;
    }

    PracticeMode mode() {
        return mode;
    }

    PracticeSessionState state() {
        return state;
    }

    Instant deadline() {
        return deadline;
    }

    List<PracticeSessionItem> items() {
        requireWhole();
        return items;
    }

    Instant lastActivityAt() {
        return lastActivityAt;
    }

    Instant pausedAt() {
        return pausedAt;
    }

    /** A timed session in progress whose deadline has come: the server ends it, client or no client. */
    boolean dueToExpire(Instant now) {
        return dueToExpire(state, deadline, now);
    }

    /** A session in progress whose deadline has come: the server ends it whether or not a client is there. */
    static boolean dueToExpire(PracticeSessionState state, Instant deadline, Instant now) {
        return state == PracticeSessionState.IN_PROGRESS && deadline != null && !now.isBefore(deadline);
    }

    void expire(Instant now) {
        if (!dueToExpire(now)) {
            throw new PracticeSessionRefusal.Closed(state);
        }
        state = PracticeSessionState.EXPIRED;
    }

    /**
     * Pauses the session; returns false when it is paused already (pausing again changes nothing). Refused
     * where the mode does not allow it: a timed exam.
     */
    boolean pause(Instant now) {
        if (state == PracticeSessionState.PAUSED) {
            return false;
        }
        checkOpen(now);
        if (!mode.allowsPause(deadline != null)) {
            throw new PracticeSessionRefusal.NotPausable();
        }
        state = PracticeSessionState.PAUSED;
        pausedAt = now;
        return true;
    }

    /**
     * Resumes a paused session; returns false when it is not paused. The time measure moves on by the length
     * of the pause, so the question on screen is credited only with the time before and after it.
     */
    boolean resume(Instant now) {
        if (state != PracticeSessionState.PAUSED) {
            checkOpen(now);
            return false;
        }
        Duration paused = Duration.between(pausedAt, now);
        lastActivityAt = lastActivityAt.plus(paused.isNegative() ? Duration.ZERO : paused);
        pausedAt = null;
        state = PracticeSessionState.IN_PROGRESS;
        return true;
    }

    /**
     * Submits the session; returns false when it already has a result (submitting again changes nothing
     * and gets the same result). An abandoned session cannot be submitted.
     */
    boolean submit(Instant now) {
        if (state.hasResult()) {
            return false;
        }
        checkEndable(now);
        state = PracticeSessionState.SUBMITTED;
        return true;
    }

    void abandon(Instant now) {
        checkEndable(now);
        state = PracticeSessionState.ABANDONED;
    }

    /**
     * An answer at a shown option place. Tutor mode locks a question once answered; exam mode takes a
     * change until the end.
     *
     * @param hintMs the client's own measure of the time spent, or null
     */
    AnswerOutcome answer(UUID questionId, int shown, Instant now, Long hintMs) {
        checkOpen(now);
        PracticeSessionItem item = item(questionId);
        checkOption(item, shown);
        if (mode.feedbackAtOnce() && item.answered()) {
            throw new PracticeSessionRefusal.Locked();
        }
        int chosen = item.optionOrder()[shown];
        return new AnswerOutcome(item, chosen, chosen == item.correctIndex(), timeSpent(now, hintMs), item.answered());
    }

    /** A flag or struck-out options may change while the session is open, in either mode. */
    PracticeSessionItem mark(UUID questionId, List<Integer> struckOut, Instant now) {
        checkOpen(now);
        PracticeSessionItem item = item(questionId);
        if (struckOut != null) {
            struckOut.forEach(place -> checkOption(item, place));
        }
        return item;
    }

    /**
     * The server's measure of the time an answer took: since the student's previous answer in this session
     * (or its start). A client's hint is taken when it is plausible, i.e. between zero and that measure (a
     * client that showed the question later knows better); anything else is ignored.
     */
    long timeSpent(Instant now, Long hintMs) {
        long measured = Math.max(0, Duration.between(lastActivityAt, now).toMillis());
        return hintMs != null && hintMs >= 0 && hintMs <= measured ? hintMs : measured;
    }

    int correctCount() {
        requireWhole();
        return (int) items.stream().filter(PracticeSessionItem::correct).count();
    }

    PracticeSessionItem item(UUID questionId) {
        return items.stream().filter(item -> item.questionId().equals(questionId)).findFirst()
                .orElseThrow(() -> new PracticeSessionRefusal.NotInSession(questionId));
    }

    private void requireWhole() {
        if (!whole) {
            throw new IllegalStateException("session " + id + " was loaded with only some of its questions");
        }
    }

    /** Answers and marks need a session in progress: not ended, not past its deadline, not paused. */
    private void checkOpen(Instant now) {
        checkEndable(now);
        if (state == PracticeSessionState.PAUSED) {
            throw new PracticeSessionRefusal.Paused();
        }
    }

    /** A paused session can still be submitted or abandoned; an ended one cannot. */
    private void checkEndable(Instant now) {
        if (!state.open()) {
            throw new PracticeSessionRefusal.Closed(state);
        }
        if (dueToExpire(now)) {
            throw new PracticeSessionRefusal.Closed(PracticeSessionState.EXPIRED);
        }
    }

    private static void checkOption(PracticeSessionItem item, int shown) {
        if (shown < 0 || shown >= item.optionOrder().length) {
            throw new PracticeSessionRefusal.ForeignOption(shown, item.optionOrder().length);
        }
    }
}
