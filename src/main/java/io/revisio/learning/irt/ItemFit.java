package io.revisio.learning.irt;

import java.util.Arrays;

/**
 * How well the 2PL describes one item's answers, from each student's ability estimated from the other
 * answers, the probability P of a right answer the model expects from those, and the answer y:
 * <ul>
 * <li>outfit and infit mean squares (Wright and Masters, 1982, Rating Scale Analysis): outfit is the mean
 * of z squared with z = (y - P) / sqrt(P (1 - P)), infit the sum of (y - P) squared over the sum of
 * P (1 - P); both are near 1 under the model;</li>
 * <li>Yen's Q1 (Yen, 1981): the students are sorted by ability and cut into ten groups of equal size, and
 * Q1 = sum over groups of n (O - E) squared / (E (1 - E)), O the share correct in the group and E the mean
 * P. Under the model it is roughly chi-square with groups - 2 degrees of freedom; an item whose answers do
 * not rise with ability as its curve says (a miskeyed question, say) gets a Q1 many times its degrees of
 * freedom even when its fitted discrimination has collapsed to the floor and the mean squares sit near 1.</li>
 * </ul>
 */
public record ItemFit(double infit, double outfit, double q1, int degreesOfFreedom) {

    static final int GROUPS = 10;

    /** abilities, probabilities and answers of the students who answered the item, in any order. */
    static ItemFit of(double[] abilities, double[] probabilities, boolean[] answers) {
        int n = abilities.length;
        double squaredZ = 0;
        double squaredResiduals = 0;
        double variances = 0;
        for (int k = 0; k < n; k++) {
            double p = probabilities[k];
            double residual = (answers[k] ? 1 : 0) - p;
            squaredZ += residual * residual / (p * (1 - p));
            squaredResiduals += residual * residual;
            variances += p * (1 - p);
        }
        Integer[] order = new Integer[n];
        Arrays.setAll(order, k -> k);
        Arrays.sort(order, (x, y) -> Double.compare(abilities[x], abilities[y]));
        int groups = Math.min(GROUPS, n);
        double q1 = 0;
        for (int g = 0; g < groups; g++) {
            int from = g * n / groups;
            int to = (g + 1) * n / groups;
            double observed = 0;
            double expected = 0;
            for (int k = from; k < to; k++) {
                observed += answers[order[k]] ? 1 : 0;
                expected += probabilities[order[k]];
            }
            int size = to - from;
            observed /= size;
            expected /= size;
            q1 += size * (observed - expected) * (observed - expected) / (expected * (1 - expected));
        }
        return new ItemFit(variances == 0 ? Double.NaN : squaredResiduals / variances,
                n == 0 ? Double.NaN : squaredZ / n, q1, Math.max(0, groups - 2));
    }
}
