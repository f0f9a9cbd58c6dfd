package io.revisio.practice;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * How hard students find each question, as a badge from 1 (very easy) to 5 (very hard), for the review.
 * Practice declares what it shows and the module that keeps the item statistics provides it, so practice
 * never depends on that module. Without a provider no badge is shown.
 */
public interface DifficultyBadges {

    /** The badges of those questions with enough answers for one; the others are left out. */
    Map<UUID, Badge> of(Collection<UUID> questionIds);

    /**
     * @param level  1 (very easy) to 5 (very hard)
     * @param label  the level in words, e.g. very easy
     * @param answers how many answers the badge comes from
     */
    record Badge(int level, String label, long answers) {

        public Badge {
            if (level < 1 || level > 5) {
                throw new IllegalArgumentException("a difficulty badge is 1 to 5, not " + level);
            }
        }
    }
}
