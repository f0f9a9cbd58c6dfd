package io.revisio.practice;

import java.util.Set;
import java.util.UUID;

/**
 * The student's own lists of questions that the builder can draw a test from: pools {@code bookmarked} and
 * {@code mistakes}. Practice declares what it needs and the module that keeps the lists (the notebook)
 * provides it, so practice never depends on that module. Without a provider both lists are empty.
 */
public interface StudentQuestionLists {

    /** The questions the student has bookmarked. */
    Set<UUID> bookmarked(UUID student);

    /** The questions with an open (not yet resolved) mistake of the student. */
    Set<UUID> openMistakes(UUID student);
}
