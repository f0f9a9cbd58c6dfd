package io.revisio.content;

import java.util.List;
import java.util.UUID;

/**
 * A question version became the one students get: published for the first time, published over an older
 * version, or restored from the archive. Published through the event publication registry with the
 * transaction that made the change, so a listener sees it even when the process dies right after the commit.
 *
 * @param difficulty the author's estimate, 1 to 5, or null
 */
public record QuestionPublished(UUID questionId, UUID versionId, UUID themeId, List<UUID> conceptIds,
        Integer difficulty, int optionCount) {

    public QuestionPublished {
        conceptIds = List.copyOf(conceptIds);
    }
}
