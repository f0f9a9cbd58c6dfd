package io.revisio.analytics.student;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.revisio.analytics.student.PercentileRank.Score;
import io.revisio.analytics.student.PercentileRank.Standing;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The percentile rule on worked numbers: competition ranking, ties, exact comparison, the cohort minimum. */
class PercentileRankTest {

    @Test
    void tiesShareTheirRankAndPercentileAndTheNextRankIsSkipped() {
        // Accuracies 0.9, 0.8, 0.8, 0.8, 0.5: ranks 1, 2, 2, 2, 5.
        List<Score> cohort = List.of(new Score(9, 10), new Score(8, 10), new Score(16, 20), new Score(4, 5),
                new Score(5, 10));
        Standing tied = PercentileRank.of(new Score(8, 10), cohort, 5);
        assertThat(tied).isEqualTo(new Standing(5, 2, 1, 3, 20.0));
        assertThat(PercentileRank.of(new Score(4, 5), cohort, 5)).as("4 of 5 is exactly 8 of 10").isEqualTo(tied);
        assertThat(PercentileRank.of(new Score(9, 10), cohort, 5)).isEqualTo(new Standing(5, 1, 4, 1, 80.0));
        assertThat(PercentileRank.of(new Score(5, 10), cohort, 5)).isEqualTo(new Standing(5, 5, 0, 1, 0.0));
    }

    @Test
    void everyoneEqualIsEveryoneFirstWithNobodyBelow() {
        List<Score> cohort = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            cohort.add(new Score(i, 2L * i));
        }
        assertThat(PercentileRank.of(new Score(3, 6), cohort, 20)).isEqualTo(new Standing(20, 1, 0, 20, 0.0));
    }

    @Test
    void accuraciesThatRoundAlikeAreStillTold() {
        // 2/3 and 666/1000 differ in the third decimal only; exact comparison keeps them apart.
        List<Score> cohort = List.of(new Score(2, 3), new Score(666, 1000), new Score(667, 1000));
        assertThat(PercentileRank.of(new Score(2, 3), cohort, 3)).isEqualTo(new Standing(3, 2, 1, 1, 100.0 / 3));
        assertThat(PercentileRank.of(new Score(667, 1000), cohort, 3).rank()).isEqualTo(1);
    }

    @Test
    void belowTheMinimumCohortThereIsNoStandingAtAll() {
        List<Score> nineteen = new ArrayList<>();
        for (int i = 0; i < 19; i++) {
            nineteen.add(new Score(i % 10, 10));
        }
        assertThat(PercentileRank.of(new Score(5, 10), nineteen, 20)).isNull();
        nineteen.add(new Score(10, 10));
        Standing twenty = PercentileRank.of(new Score(10, 10), nineteen, 20);
        assertThat(twenty).isEqualTo(new Standing(20, 1, 19, 1, 95.0));
    }

    @Test
    void theStudentMustBeInTheCohortAndScoresMustBeSound() {
        assertThatThrownBy(() -> PercentileRank.of(new Score(1, 2), List.of(new Score(1, 3), new Score(1, 4)), 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Score(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Score(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
