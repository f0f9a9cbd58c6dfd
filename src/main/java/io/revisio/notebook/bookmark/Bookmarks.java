package io.revisio.notebook.bookmark;

import io.revisio.content.PublishedQuestions;
import io.revisio.content.SyllabusOutline;
import io.revisio.content.SyllabusOutline.Level;
import io.revisio.content.SyllabusOutline.Node;
import io.revisio.content.SyllabusTree;
import io.revisio.practice.PracticedQuestions;
import io.revisio.shared.problem.ProblemException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bookmarks of questions the student has met in practice. A bookmark is filed under the theme and concepts
 * of the version the student last met, so the syllabus filter finds it where the student saw it.
 */
@Component
class Bookmarks {

    private final BookmarkRepository bookmarks;
    private final PracticedQuestions practiced;
    private final PublishedQuestions published;
    private final SyllabusOutline syllabus;
    private final Clock clock;

    Bookmarks(BookmarkRepository bookmarks, PracticedQuestions practiced, PublishedQuestions published,
            SyllabusOutline syllabus, Clock clock) {
        this.bookmarks = bookmarks;
        this.practiced = practiced;
        this.published = published;
        this.syllabus = syllabus;
        this.clock = clock;
    }

    record Saved(BookmarkRepository.Bookmark bookmark, boolean created) {
    }

    @Transactional
    Saved put(UUID student, UUID question, String note) {
        PracticedQuestions.SeenQuestion seen = practiced.lastSeen(student, question)
                .orElseThrow(() -> notSeen(question));
        PublishedQuestions.Version version = published.versions(List.of(seen.versionId())).get(seen.versionId());
        List<UUID> concepts = version == null ? List.of() : version.conceptIds();
        String kept = note == null || note.isBlank() ? null : note.strip();
        boolean created = bookmarks.put(student, question, kept, seen.themeId(), concepts, clock.instant());
        return new Saved(bookmarks.find(student, question), created);
    }

    void delete(UUID student, UUID question) {
        if (!bookmarks.delete(student, question)) {
            throw new ProblemException(HttpStatus.NOT_FOUND, "not-found", "Question " + question
                    + " is not bookmarked.");
        }
    }

    /** The student's bookmarks, under a syllabus node when one is given (any level; an unknown node is a 400). */
    List<BookmarkRepository.Bookmark> list(UUID student, UUID nodeId) {
        if (nodeId == null) {
            return bookmarks.list(student, null, null);
        }
        SyllabusTree tree = new SyllabusTree(syllabus.nodes());
        Node node = tree.node(nodeId);
        if (node == null) {
            throw ProblemException.invalidField("node", "unknownNode", "must be a syllabus node");
        }
        if (node.level() == Level.CONCEPT) {
            return bookmarks.list(student, null, node.id());
        }
        return bookmarks.list(student, tree.themesUnder(node.id()), null);
    }

    /** Also the answer for a question that does not exist: the student can only bookmark what they have met. */
    private static ProblemException notSeen(UUID question) {
        return new ProblemException(HttpStatus.NOT_FOUND, "notebook-question-not-seen",
                "Question " + question + " is not in any of your practice sessions; only questions you have "
                        + "met can be bookmarked.");
    }
}
