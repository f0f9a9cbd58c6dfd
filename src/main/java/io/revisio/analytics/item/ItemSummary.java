package io.revisio.analytics.item;

import io.revisio.practice.DifficultyBadges.Badge;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One published question's statistics over every version students answered.
 *
 * @param shareCorrect   the part of the answers that were right, 0 to 1
 * @param discrimination the point-biserial correlation between answering it right and the score on the other
 *                       questions of the same practice session, -1 to 1; null while undefined
 * @param medianTimeMs   the median time students spent on it, in milliseconds
 * @param difficulty     the 1 to 5 badge, or null before enough answers
 * @param flags          why it looks broken, e.g. negative-discrimination, distractor-above-key; empty if not
 */
public record ItemSummary(UUID questionId, UUID themeId, long answers, long correct, double shareCorrect,
        Double discrimination, Long medianTimeMs, Badge difficulty, List<String> flags, Instant lastAnsweredAt) {

    public ItemSummary {
        flags = List.copyOf(flags);
    }
}
