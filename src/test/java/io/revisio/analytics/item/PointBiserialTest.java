package io.revisio.analytics.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The point-biserial correlation against numbers worked by hand, and the rest score it is taken against. */
class PointBiserialTest {

    /**
     * Six answers; rest scores 0.9, 0.8, 0.6, 0.5 for the four right ones and 0.4, 0.2 for the two wrong ones
     * (in ten-thousandths). n = 6, Sx = 4, Sy = 34,000, Syy = 226,000,000, Sxy = 28,000:
     * numerator 6 * 28,000 - 4 * 34,000 = 32,000; n Sx - Sx^2 = 8; n Syy - Sy^2 = 200,000,000;
     * r = 32,000 / sqrt(8 * 200,000,000) = 32,000 / 40,000 = 0.8. The textbook form agrees:
     * (M1 - M0) / s * sqrt(p q) = (0.7 - 0.3) / 0.2357 * sqrt(2/9) = 0.8.
     */
    @Test
    void matchesTheWorkedExample() {
        PointBiserial sums = PointBiserial.NONE.add(true, 9000).add(true, 8000).add(true, 6000).add(true, 5000)
                .add(false, 4000).add(false, 2000);

        assertThat(sums).isEqualTo(new PointBiserial(6, 4, 34_000, 226_000_000, 28_000));
        assertThat(sums.correlation()).isCloseTo(0.8, within(1e-12));
        double m1 = 0.7;
        double m0 = 0.3;
        double mean = 34_000 / 6.0 / 10_000;
        double sd = Math.sqrt(226_000_000 / 6.0 / 1e8 - mean * mean);
        assertThat(sums.correlation()).isCloseTo((m1 - m0) / sd * Math.sqrt(4 / 6.0 * 2 / 6.0), within(1e-12));
    }

    @Test
    void isNegativeWhenTheStrongerStudentsGetItWrong() {
        PointBiserial sums = PointBiserial.NONE.add(false, 9000).add(false, 8000).add(false, 6000).add(false, 5000)
                .add(true, 4000).add(true, 2000);
        // numerator 6 * 6,000 - 2 * 34,000 = -32,000; n Sx - Sx^2 = 12 - 4 = 8: r = -0.8
        assertThat(sums.correlation()).isCloseTo(-0.8, within(1e-12));
    }

    @Test
    void theSameAnswersInAnyOrderGiveTheSameSums() {
        PointBiserial one = PointBiserial.NONE.add(true, 3333).add(false, 6667).add(true, 10_000).add(false, 0);
        PointBiserial other = PointBiserial.NONE.add(false, 0).add(true, 10_000).add(false, 6667).add(true, 3333);
        assertThat(one).isEqualTo(other);
        assertThat(one.correlation()).isEqualTo(other.correlation());
    }

    @Test
    void isUndefinedWithoutSpreadOnEitherSide() {
        assertThat(PointBiserial.NONE.correlation()).isNull();
        assertThat(PointBiserial.NONE.add(true, 5000).correlation()).as("one pair").isNull();
        assertThat(PointBiserial.NONE.add(true, 5000).add(true, 7000).correlation()).as("everyone right").isNull();
        assertThat(PointBiserial.NONE.add(false, 5000).add(false, 7000).correlation()).as("everyone wrong").isNull();
        assertThat(PointBiserial.NONE.add(true, 5000).add(false, 5000).correlation()).as("the same score").isNull();
    }

    @Test
    void perfectSeparationIsOne() {
        assertThat(PointBiserial.NONE.add(true, 10_000).add(false, 0).correlation()).isEqualTo(1.0);
    }

    @Test
    void theRestScoreIsTheShareRightOnTheOtherQuestionsInTenThousandthsRoundedHalfUp() {
        assertThat(ItemStatistics.restScore(1, 3)).isEqualTo(3333);
        assertThat(ItemStatistics.restScore(2, 3)).isEqualTo(6667);
        assertThat(ItemStatistics.restScore(1, 2)).isEqualTo(5000);
        assertThat(ItemStatistics.restScore(0, 5)).isEqualTo(0);
        assertThat(ItemStatistics.restScore(5, 5)).isEqualTo(10_000);
        assertThat(ItemStatistics.restScore(1, 8)).as("1250 exactly").isEqualTo(1250);
        assertThat(ItemStatistics.restScore(1, 16_000)).as("0.625 rounds up").isEqualTo(1);
    }
}
