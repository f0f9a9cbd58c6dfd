package io.revisio.learning.irt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GaussHermiteTest {

    private static final double SQRT_PI = Math.sqrt(Math.PI);

    @Test
    void smallRulesMatchTheirClosedForms() {
        // n = 1: node 0, weight sqrt(pi). n = 2: nodes -/+ 1/sqrt(2), weights sqrt(pi)/2.
        // n = 3: nodes 0 and -/+ sqrt(3/2), weights 2 sqrt(pi)/3 and sqrt(pi)/6.
        GaussHermite one = GaussHermite.physicists(1);
        assertThat(one.node(0)).isCloseTo(0, within(1e-14));
        assertThat(one.weight(0)).isCloseTo(SQRT_PI, within(1e-14));
        GaussHermite two = GaussHermite.physicists(2);
        assertThat(two.node(0)).isCloseTo(-Math.sqrt(0.5), within(1e-14));
        assertThat(two.node(1)).isCloseTo(Math.sqrt(0.5), within(1e-14));
        assertThat(two.weight(0)).isCloseTo(SQRT_PI / 2, within(1e-14));
        GaussHermite three = GaussHermite.physicists(3);
        assertThat(three.node(1)).isCloseTo(0, within(1e-14));
        assertThat(three.node(2)).isCloseTo(Math.sqrt(1.5), within(1e-14));
        assertThat(three.weight(1)).isCloseTo(2 * SQRT_PI / 3, within(1e-14));
        assertThat(three.weight(2)).isCloseTo(SQRT_PI / 6, within(1e-14));
    }

    @Test
    void fivePointsMatchTheTabulatedValues() {
        // Abramowitz and Stegun, Handbook of Mathematical Functions, table 25.10 (n = 5).
        GaussHermite five = GaussHermite.physicists(5);
        double[] nodes = {-2.020182870456086, -0.958572464613819, 0, 0.958572464613819, 2.020182870456086};
        double[] weights = {0.019953242059046, 0.393619323152241, 0.945308720482942, 0.393619323152241,
            0.019953242059046};
        for (int i = 0; i < 5; i++) {
            assertThat(five.node(i)).isCloseTo(nodes[i], within(1e-13));
            assertThat(five.weight(i)).isCloseTo(weights[i], within(1e-13));
        }
    }

    @Test
    void integratesPolynomialsUpToDegreeTwoNMinusOneExactly() {
        // The integral of x^(2k) exp(-x^2) is Gamma(k + 1/2) = (2k - 1)!! sqrt(pi) / 2^k; odd powers integrate to 0.
        for (int n : new int[] {10, 21, 41, 60}) {
            GaussHermite rule = GaussHermite.physicists(n);
            for (int k = 0; 2 * k <= 2 * n - 1 && k <= 12; k++) {
                double exact = SQRT_PI;
                for (int j = 1; j <= k; j++) {
                    exact *= (2 * j - 1) / 2.0;
                }
                double sum = 0;
                double odd = 0;
                for (int i = 0; i < n; i++) {
                    sum += rule.weight(i) * Math.pow(rule.node(i), 2 * k);
                    odd += rule.weight(i) * Math.pow(rule.node(i), 2 * k + 1);
                }
                assertThat(sum).as("n=%d k=%d", n, k).isCloseTo(exact, within(1e-10 * exact));
                assertThat(odd).isCloseTo(0, within(1e-9 * exact));
            }
        }
    }

    @Test
    void standardNormalRuleGivesTheNormalMoments() {
        GaussHermite normal = GaussHermite.standardNormal(21);
        double total = 0;
        double second = 0;
        double fourth = 0;
        for (int i = 0; i < normal.size(); i++) {
            total += normal.weight(i);
            second += normal.weight(i) * Math.pow(normal.node(i), 2);
            fourth += normal.weight(i) * Math.pow(normal.node(i), 4);
        }
        assertThat(total).isCloseTo(1, within(1e-13));
        assertThat(second).isCloseTo(1, within(1e-12));
        assertThat(fourth).isCloseTo(3, within(1e-11));
        assertThatThrownBy(() -> GaussHermite.physicists(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
