package io.revisio.practice.session;

/** IN_PROGRESS until the student submits, the deadline passes (EXPIRED) or the student abandons it. */
enum PracticeSessionState {
    IN_PROGRESS, SUBMITTED, EXPIRED, ABANDONED;

    /** Whether the session ended with a result: scored, reviewable, and announced to other modules. */
    boolean hasResult() {
        return this == SUBMITTED || this == EXPIRED;
    }
}
