package io.revisio.practice.pool;

import java.util.Locale;

/**
 * Which of a student's questions a test is drawn from; several combine as a union. Bookmarks come with the
 * notebook: until then "bookmarked" is refused as an unknown pool.
 */
public enum Pool {
    /** Never answered by the student. */
    UNUSED,
    /** The student's latest answer to it was wrong. */
    INCORRECT,
    /** The student flagged it for review, last time they saw it. */
    FLAGGED,
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
