package io.revisio.notebook.mistake;

import io.revisio.notebook.bookmark.BookmarkRepository;
import io.revisio.practice.StudentQuestionLists;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Gives practice's builder the student's bookmarks and open mistakes as pools. */
@Component
class NotebookQuestionLists implements StudentQuestionLists {

    private final BookmarkRepository bookmarks;
    private final MistakeRepository mistakes;

    NotebookQuestionLists(BookmarkRepository bookmarks, MistakeRepository mistakes) {
        this.bookmarks = bookmarks;
        this.mistakes = mistakes;
    }

    @Override
    public Set<UUID> bookmarked(UUID student) {
        return bookmarks.questions(student);
    }

    @Override
    public Set<UUID> openMistakes(UUID student) {
        return mistakes.openQuestions(student);
    }
}
