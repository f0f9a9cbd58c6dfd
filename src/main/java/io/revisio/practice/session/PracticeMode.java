package io.revisio.practice.session;

/**
 * TUTOR: feedback right after each answer, which then locks. EXAM: no feedback until the end; answers may
 * change. ADAPTIVE: answered like tutor, over questions the adaptive mix chose (see {@link AdaptiveMix}).
 */
enum PracticeMode {
    TUTOR, EXAM, ADAPTIVE;

    /** Whether each answer gets its feedback at once and then locks: every mode but the exam. */
    boolean feedbackAtOnce() {
        return this != EXAM;
    }

    /**
     * Whether a session of this mode may be paused. A timed exam stands for the real one, whose clock runs
     * whatever happens, so it never pauses; tutor, adaptive and untimed exam sessions may, so that time away
     * is not counted as time spent on the question on screen.
     */
    boolean allowsPause(boolean timed) {
        return this != EXAM || !timed;
    }
}
