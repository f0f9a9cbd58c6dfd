package io.revisio.practice.session;

/** TUTOR: feedback right after each answer, which then locks. EXAM: no feedback until the end; answers may change. */
enum PracticeMode {
    TUTOR, EXAM
}
