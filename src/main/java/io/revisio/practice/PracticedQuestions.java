package io.revisio.practice;

import java.util.Optional;
import java.util.UUID;

/** What a student has met in practice, for modules that only let a student act on questions they have seen. */
public interface PracticedQuestions {

    /**
     * The question as the student last met it: in their most recent practice session holding it (any state),
     * with the version pinned there and the theme it was filed under. Empty when the student never had it.
     */
    Optional<SeenQuestion> lastSeen(UUID student, UUID questionId);

    record SeenQuestion(UUID questionId, UUID versionId, UUID themeId, UUID sessionId) {
    }
}
