/**
 * Notebook: the student's bookmarks with private notes, and the mistakes notebook, where every wrong answer
 * of a finished practice session is kept with the rule that classified it. Reacts to
 * {@link io.revisio.practice.PracticeSessionFinished}; gives practice's builder the {@code bookmarked} and
 * {@code mistakes} pools through {@link io.revisio.practice.StudentQuestionLists}.
 */
@ApplicationModule(displayName = "Notebook")
package io.revisio.notebook;

import org.springframework.modulith.ApplicationModule;
