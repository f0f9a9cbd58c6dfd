package io.revisio.content.question;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One question version as written, with the reviewers' comments on it. */
public record StoredVersion(UUID id, int number, QuestionState state, UUID authorId, Instant createdAt,
        QuestionContent content, List<ReviewComment> comments) {

    /** A reviewer's decision on a version, with why. */
    public record ReviewComment(UUID authorId, String decision, String comment, Instant createdAt) {
    }

    /** The version without its content, as the version list shows it. */
    record Summary(UUID id, int number, QuestionState state, UUID authorId, Instant createdAt,
            List<ReviewComment> comments) {
    }
}
