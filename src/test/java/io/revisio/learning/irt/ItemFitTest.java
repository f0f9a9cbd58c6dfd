package io.revisio.learning.irt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ItemFitTest {

    @Test
    void meanSquaresAndQ1WorkedByHand() {
        // Four students, given in shuffled order. Sorted by ability: (-1, P 0.2, wrong), (0, P 0.5, wrong),
        // (1, P 0.8, right), (2, P 0.9, wrong).
        // z^2 = (0.2^2 / 0.16, 0.5^2 / 0.25, 0.2^2 / 0.16, 0.9^2 / 0.09) = (0.25, 1, 0.25, 9): outfit = 10.5 / 4 = 2.625.
        // infit = (0.04 + 0.25 + 0.04 + 0.81) / (0.16 + 0.25 + 0.16 + 0.09) = 1.14 / 0.66 = 1.727273.
        // Four groups of one (fewer students than ten groups): Q1 = 0.25 + 1 + 0.25 + 9 = 10.5, with 4 - 2 = 2 df.
        ItemFit fit = ItemFit.of(new double[] {1, -1, 2, 0}, new double[] {0.8, 0.2, 0.9, 0.5},
                new boolean[] {true, false, false, false});

        assertThat(fit.outfit()).isCloseTo(2.625, within(1e-12));
        assertThat(fit.infit()).isCloseTo(1.14 / 0.66, within(1e-12));
        assertThat(fit.q1()).isCloseTo(10.5, within(1e-12));
        assertThat(fit.degreesOfFreedom()).isEqualTo(2);
    }

    @Test
    void q1ComparesGroupSharesWithTheirMeanPrediction() {
        // Twenty students, ten groups of two after sorting by ability (here already sorted).
        // Every P is 0.5; in each pair one is right and one wrong, except the last pair, both right.
        // Groups 1-9: O = E = 0.5, nothing. Group 10: 2 x (1 - 0.5)^2 / 0.25 = 2. Q1 = 2 with 8 df.
        double[] abilities = new double[20];
        double[] p = new double[20];
        boolean[] answers = new boolean[20];
        for (int k = 0; k < 20; k++) {
            abilities[k] = k;
            p[k] = 0.5;
            answers[k] = k % 2 == 0 || k >= 18;
        }
        ItemFit fit = ItemFit.of(abilities, p, answers);

        assertThat(fit.q1()).isCloseTo(2.0, within(1e-12));
        assertThat(fit.degreesOfFreedom()).isEqualTo(8);
    }
}
