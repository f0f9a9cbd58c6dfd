package io.revisio.learning.calibration;

import io.revisio.learning.irt.ChiSquare;
import io.revisio.learning.irt.ItemEstimate;
import java.util.UUID;

/**
 * One question's result in a run: 2PL parameters with standard errors, fit statistics, answers and share
 * correct, and whether it is flagged for misfit. A statistic that cannot be computed is null.
 *
 * @param q1Df degrees of freedom of Q1 (ability groups - 2)
 * @param q1P  chance of a Q1 at least this large if the 2PL held (chi-square with q1Df degrees of freedom)
 */
record CalibratedItem(UUID questionId, double discrimination, double difficulty, Double discriminationSe,
        Double difficultySe, Double infit, Double outfit, Double q1, int q1Df, Double q1P, int answers,
        double shareCorrect, boolean misfit) {

    /** Mean squares above this say the answers are noisier than the curve (Wright and Linacre, 1994). */
    static final double MEAN_SQUARE_LIMIT = 1.3;
    /** A Q1 this unlikely under the model. */
    static final double Q1_P_LIMIT = 0.01;

    static CalibratedItem of(ItemEstimate estimate) {
        Double infit = finite(estimate.fit().infit());
        Double outfit = finite(estimate.fit().outfit());
        Double q1 = finite(estimate.fit().q1());
        int df = estimate.fit().degreesOfFreedom();
        Double p = q1 == null ? null : finite(ChiSquare.upperTail(q1, df));
        boolean misfit = infit != null && infit > MEAN_SQUARE_LIMIT || outfit != null && outfit > MEAN_SQUARE_LIMIT
                || p != null && p < Q1_P_LIMIT;
        return new CalibratedItem(UUID.fromString(estimate.item()), estimate.parameters().discrimination(),
                estimate.parameters().difficulty(), finite(estimate.discriminationSe()),
                finite(estimate.difficultySe()), infit, outfit, q1, df, p, estimate.responses(),
                estimate.shareCorrect(), misfit);
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
