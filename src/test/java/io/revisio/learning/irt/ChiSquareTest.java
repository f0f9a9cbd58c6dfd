package io.revisio.learning.irt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Chi-square upper tails against table values and closed forms. */
class ChiSquareTest {

    @Test
    void matchesTheTabulatedCriticalValues() {
        // Critical values from the standard chi-square table (e.g. NIST/SEMATECH e-Handbook, 1.3.6.7.4).
        assertThat(ChiSquare.upperTail(3.841, 1)).isCloseTo(0.05, within(1e-4));
        assertThat(ChiSquare.upperTail(6.635, 1)).isCloseTo(0.01, within(1e-4));
        assertThat(ChiSquare.upperTail(15.507, 8)).isCloseTo(0.05, within(1e-4));
        assertThat(ChiSquare.upperTail(20.090, 8)).isCloseTo(0.01, within(1e-4));
        assertThat(ChiSquare.upperTail(2.733, 8)).isCloseTo(0.95, within(1e-4));
        assertThat(ChiSquare.upperTail(124.342, 100)).isCloseTo(0.05, within(1e-4));
    }

    @Test
    void twoDegreesOfFreedomIsAnExponentialTail() {
        for (double x : new double[] {0.1, 1, 2.5, 10, 40}) {
            assertThat(ChiSquare.upperTail(x, 2)).isCloseTo(Math.exp(-x / 2), within(1e-12));
        }
    }

    @Test
    void edgesAreOneZeroAndNotANumber() {
        assertThat(ChiSquare.upperTail(0, 8)).isEqualTo(1.0);
        assertThat(ChiSquare.upperTail(1e6, 8)).isEqualTo(0.0);
        assertThat(ChiSquare.upperTail(3, 0)).isNaN();
        assertThat(ChiSquare.upperTail(Double.NaN, 8)).isNaN();
        assertThat(ChiSquare.logGamma(5)).isCloseTo(Math.log(24), within(1e-12));
        assertThat(ChiSquare.logGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-12));
    }
}
