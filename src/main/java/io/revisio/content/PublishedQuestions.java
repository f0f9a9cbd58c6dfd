package io.revisio.content;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Published questions as other modules need them: which question is published now (to keep a pool), and
 * what a given version says (a practice session pins versions, so a version stays readable after a newer
 * one is published or the question is archived).
 */
public interface PublishedQuestions {

    /** The version students get now, or empty when the question is not published (never, or archived). */
    Optional<Head> head(UUID questionId);

    /** Every question published now, for rebuilding a projection. */
    List<Head> allPublished();

    /** The versions that exist among {@code versionIds}, by id; unknown ids are left out. */
    Map<UUID, Version> versions(Collection<UUID> versionIds);

    /** Where a published question is filed, and how hard and how long it is. */
    record Head(UUID questionId, UUID versionId, UUID themeId, List<UUID> conceptIds, Integer difficulty,
            int optionCount) {
    }

    /**
     * What one version says. Options are in the order the author stored them; {@code correctOption} is the
     * index of the single best answer among them.
     */
    record Version(UUID id, UUID questionId, int number, String stem, List<String> options, int correctOption,
            String explanation, List<Reference> references, UUID themeId, List<UUID> conceptIds,
            Integer difficulty) {
    }

    /** Where the explanation comes from. */
    record Reference(String source, String page, String url) {
    }
}
