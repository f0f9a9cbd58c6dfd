package io.revisio.content;

import java.util.UUID;

/** A question's published version was archived: students no longer get the question until it is restored. */
public record QuestionWithdrawn(UUID questionId, UUID versionId) {
}
