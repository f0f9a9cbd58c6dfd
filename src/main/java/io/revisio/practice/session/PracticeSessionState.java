package io.revisio.practice.session;

/**
 * IN_PROGRESS until the student submits, the deadline passes (EXPIRED) or the student abandons it; PAUSED
 * between a pause and a resume, where the mode allows it.
 */
enum PracticeSessionState {
    IN_PROGRESS, PAUSED, SUBMITTED, EXPIRED, ABANDONED;

    /** Not ended yet: in progress or paused. */
    boolean open() {
        return this == IN_PROGRESS || this == PAUSED;
    }

    /** Whether the session ended with a result: scored, reviewable, and announced to other modules. */
    boolean hasResult() {
        return this == SUBMITTED || this == EXPIRED;
    }
}
