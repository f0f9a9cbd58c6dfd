package io.revisio.learning.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The reference's golden vectors (default weights, retention 0.9, no fuzz), each to 1e-4. */
class MemoryModelGoldenVectorsTest {

    private static final double TOLERANCE = 1e-4;
    private final MemoryModel model = new MemoryModel(FsrsWeights.DEFAULT);

    /** One review: days since the previous one, rating, and what the reference says follows. */
    record Row(int t, int g, double rBefore, double s, double d, int interval) {
    }

    @Test
    void goodOnEachDueDate() {
        replay(List.of(
                new Row(0, 3, Double.NaN, 2.306500, 2.118104, 2),
                new Row(2, 3, 0.909493, 10.964332, 2.111214, 11),
                new Row(11, 3, 0.899777, 46.280215, 2.104331, 46),
                new Row(46, 3, 0.900417, 162.862199, 2.097455, 163),
                new Row(163, 3, 0.899942, 497.447205, 2.090586, 497)));
    }

    @Test
    void mixedRatings() {
        replay(List.of(
                new Row(0, 3, Double.NaN, 2.306500, 2.118104, 2),
                new Row(2, 3, 0.909493, 10.964332, 2.111214, 11),
                new Row(11, 1, 0.899777, 1.538337, 7.392238, 2),
                new Row(2, 3, 0.880981, 4.876260, 7.380074, 5),
                new Row(5, 2, 0.898269, 9.347925, 8.246000, 9),
                new Row(9, 4, 0.902585, 26.767860, 7.645123, 27)));
    }

    @Test
    void sameDayReviewsUseTheShortTermFormula() {
        replay(List.of(
                new Row(0, 1, Double.NaN, 0.212000, 6.413300, -1),
                new Row(0, 3, 1, 0.246689, 6.402115, -1),
                new Row(0, 3, 1, 0.284206, 6.390941, -1),
                new Row(1, 3, 0.794386, 2.152078, 6.379779, -1),
                new Row(0, 2, 1, 2.152078, 7.581957, -1)));
    }

    @Test
    void longGapAndLapse() {
        replay(List.of(
                new Row(0, 4, Double.NaN, 8.295600, 1.000000, 8),
                new Row(30, 3, 0.791779, 76.652105, 1.000000, 77),
                new Row(400, 1, 0.756360, 4.743490, 7.026990, 5),
                new Row(1, 3, 0.971447, 6.917099, 7.015191, 7)));
    }

    @Test
    void firstReviewByRating() {
        assertMemory(model.first(Rating.AGAIN), 0.212, 6.4133);
        assertMemory(model.first(Rating.HARD), 1.2931, 5.112171);
        assertMemory(model.first(Rating.GOOD), 2.3065, 2.118104);
        assertMemory(model.first(Rating.EASY), 8.2956, 1.0);
    }

    @Test
    void retrievabilityFallsAsTheReferenceSays() {
        double[][] expected = {
            {1, 1, 0.9}, {1, 10, 0.692827}, {1, 30, 0.590633}, {1, 100, 0.492322},
            {10, 1, 0.985682}, {10, 10, 0.9}, {10, 30, 0.809388}, {10, 100, 0.692827},
            {100, 1, 0.998497}, {100, 10, 0.985682}, {100, 30, 0.961024}, {100, 100, 0.9}};
        for (double[] row : expected) {
            assertThat(model.retrievability(row[1], row[0])).as("R(t=%s, S=%s)", row[1], row[0])
                    .isCloseTo(row[2], within(TOLERANCE));
        }
    }

    @Test
    void intervalForEachDesiredRetention() {
        assertThat(model.interval(10, 0.80, 36_500)).isEqualTo(33);
        assertThat(model.interval(10, 0.85, 36_500)).isEqualTo(19);
        assertThat(model.interval(10, 0.90, 36_500)).isEqualTo(10);
        assertThat(model.interval(10, 0.95, 36_500)).isEqualTo(4);
    }

    private void replay(List<Row> rows) {
        MemoryState memory = null;
        for (Row row : rows) {
            Rating rating = Rating.ofGrade(row.g());
            if (memory == null) {
                memory = model.first(rating);
            } else {
                assertThat(model.retrievability(row.t(), memory.stability())).as("R before %s", row)
                        .isCloseTo(row.rBefore(), within(TOLERANCE));
                memory = model.next(memory, row.t(), rating);
            }
            assertMemory(memory, row.s(), row.d());
            if (row.interval() > 0) {
                assertThat(model.interval(memory.stability(), 0.9, 36_500)).as("interval after %s", row)
                        .isEqualTo(row.interval());
            }
        }
    }

    private static void assertMemory(MemoryState memory, double stability, double difficulty) {
        assertThat(memory.stability()).as("stability").isCloseTo(stability, within(TOLERANCE));
        assertThat(memory.difficulty()).as("difficulty").isCloseTo(difficulty, within(TOLERANCE));
    }
}
