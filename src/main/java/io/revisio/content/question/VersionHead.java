package io.revisio.content.question;

import java.util.UUID;

/** What the workflow needs to know of one version: which it is, where it stands and who wrote it. */
public record VersionHead(UUID id, int number, QuestionState state, UUID authorId) {

    VersionHead in(QuestionState next) {
        return new VersionHead(id, number, next, authorId);
    }
}
