package io.revisio.practice.pool;

import java.util.Locale;

/**
 * Which of a student's questions a test is drawn from; several combine as a union. {@code bookmarked} and
 * {@code mistakes} are the student's lists kept by another module, read through
 * {@link io.revisio.practice.StudentQuestionLists}.
 */
public enum Pool {
    /** Never answered by the student. */
    UNUSED,
    /** The student's latest answer to it was wrong. */
    INCORRECT,
    /** The student flagged it for review, last time they saw it. */
    FLAGGED,
    /** The student bookmarked it. */
    BOOKMARKED,
    /** The student has an open mistake on it (answered wrong, not answered right since). */
    MISTAKES,
    /** Every published question. */
    ALL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The pool a client names, e.g. {@code incorrect}, or null when there is none of that name. */
    public static Pool named(String name) {
        for (Pool pool : values()) {
            if (pool.wireName().equals(name)) {
                return pool;
            }
        }
        return null;
    }
}
