package io.revisio.analytics.item;

import static org.assertj.core.api.Assertions.assertThat;

import io.revisio.practice.DifficultyBadges.Badge;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The broken-question flags and the difficulty badge's cut points. */
class ItemRulesTest {

    @Test
    void aNegativeDiscriminationIsFlaggedFromThirtyAnswers() {
        assertThat(ItemFlags.judge(-0.2, 29, null).negativeDiscrimination()).isFalse();
        assertThat(ItemFlags.judge(-0.2, 30, null).negativeDiscrimination()).isTrue();
        assertThat(ItemFlags.judge(-0.2, 30, null).names()).containsExactly("negative-discrimination");
        assertThat(ItemFlags.judge(0.0, 500, null).any()).as("zero is not negative").isFalse();
        assertThat(ItemFlags.judge(0.35, 500, null).any()).isFalse();
        assertThat(ItemFlags.judge(null, 500, null).any()).as("undefined").isFalse();
    }

    @Test
    void aDistractorChosenMoreOftenThanTheKeyIsFlaggedFromThirtyAnswersOnTheVersion() {
        ItemFlags.OptionCounts above = new ItemFlags.OptionCounts(0, new long[] {10, 11, 5, 4});
        assertThat(above.answers()).isEqualTo(30);
        assertThat(ItemFlags.judge(0.3, 30, above).distractorAboveKey()).isTrue();
        assertThat(ItemFlags.judge(0.3, 30, above).names()).containsExactly("distractor-above-key");
        assertThat(ItemFlags.judge(0.3, 30, new ItemFlags.OptionCounts(0, new long[] {10, 10, 5, 5})).any())
                .as("as often is not more often").isFalse();
        assertThat(ItemFlags.judge(0.3, 30, new ItemFlags.OptionCounts(0, new long[] {10, 11, 5, 3})).any())
                .as("29 answers").isFalse();
        assertThat(ItemFlags.judge(-0.1, 40, new ItemFlags.OptionCounts(2, new long[] {20, 0, 19})).names())
                .containsExactly("negative-discrimination", "distractor-above-key");
    }

    @Test
    void theBadgeNeedsTwentyAnswers() {
        assertThat(DifficultyLevel.of(19, 19)).isEmpty();
        assertThat(DifficultyLevel.of(20, 20)).contains(new Badge(1, "very easy", 20));
    }

    @Test
    void theBadgeCutPointsAreExact() {
        assertThat(level(100, 100)).isEqualTo(1);
        assertThat(level(100, 85)).isEqualTo(1);
        assertThat(level(100, 84)).isEqualTo(2);
        assertThat(level(100, 70)).isEqualTo(2);
        assertThat(level(100, 69)).isEqualTo(3);
        assertThat(level(100, 50)).isEqualTo(3);
        assertThat(level(100, 49)).isEqualTo(4);
        assertThat(level(100, 30)).isEqualTo(4);
        assertThat(level(100, 29)).isEqualTo(5);
        assertThat(level(100, 0)).isEqualTo(5);
        assertThat(level(20, 17)).as("exactly 85 %").isEqualTo(1);
        assertThat(level(3000, 2099)).as("69.97 %").isEqualTo(3);
        assertThat(DifficultyLevel.of(40, 10).map(Badge::label)).contains("very hard");
        assertThat(DifficultyLevel.of(40, 20).map(Badge::label)).contains("medium");
    }

    private static int level(long answers, long correct) {
        Optional<Badge> badge = DifficultyLevel.of(answers, correct);
        assertThat(badge).isPresent();
        return badge.get().level();
    }
}
