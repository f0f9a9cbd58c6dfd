package io.revisio.content.question;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.revisio.content.media.MediaReferences;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One question version as written, with the reviewers' comments on it. */
public record StoredVersion(UUID id, int number, QuestionState state, UUID authorId, Instant createdAt,
        QuestionContent content, List<ReviewComment> comments) {

    Summary summary() {
        return new Summary(id, number, state, authorId, createdAt, comments);
    }

    /** The library images the version shows (its {@code /media/<sha256>} references), in order of appearance. */
    @JsonProperty("media")
    List<String> media() {
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        content.markdownByField().values().forEach(text -> found.addAll(MediaReferences.in(text)));
        return List.copyOf(found);
    }

    /** A reviewer's decision on a version, with why. */
    public record ReviewComment(UUID authorId, String decision, String comment, Instant createdAt) {
    }

    /** The version without its content, as the version list shows it. */
    record Summary(UUID id, int number, QuestionState state, UUID authorId, Instant createdAt,
            List<ReviewComment> comments) {
    }
}
