package io.revisio.analytics.item;

import io.revisio.practice.DifficultyBadges.Badge;
import java.util.Optional;

/**
 * The 1 to 5 difficulty badge from the share of answers that are right (classical test theory's difficulty
 * index p). Cut points, compared exactly on whole numbers: p of at least 0.85 is 1 (very easy), 0.70 is 2
 * (easy), 0.50 is 3 (medium), 0.30 is 4 (hard), below 0.30 is 5 (very hard). No badge before
 * {@link #MIN_ANSWERS} answers.
 */
public final class DifficultyLevel {

    public static final int MIN_ANSWERS = 20;

    /** Lowest share right (in percent) of levels 1 to 4; anything lower is level 5. */
    static final int[] CUT_PERCENT = {85, 70, 50, 30};
    static final String[] LABELS = {"very easy", "easy", "medium", "hard", "very hard"};

    private DifficultyLevel() {
    }

    public static Optional<Badge> of(long answers, long correct) {
        if (answers < MIN_ANSWERS) {
            return Optional.empty();
        }
        int level = CUT_PERCENT.length + 1;
        for (int i = 0; i < CUT_PERCENT.length; i++) {
            if (correct * 100 >= CUT_PERCENT[i] * answers) {
                level = i + 1;
                break;
            }
        }
        return Optional.of(new Badge(level, LABELS[level - 1], answers));
    }
}
