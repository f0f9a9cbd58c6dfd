package io.revisio.learning.irt;

import java.util.List;

/**
 * A student's EAP ability from answers to calibrated items, without recalibrating: the posterior mean and
 * standard deviation over Gauss-Hermite nodes under a N(0, 1) prior.
 */
public final class AbilityEstimator {

    /** One answer to a calibrated item. */
    public record Answer(ItemParameters item, boolean correct) {
    }

    private final GaussHermite quadrature;

    public AbilityEstimator(int points) {
        this.quadrature = GaussHermite.standardNormal(points);
    }

    public AbilityEstimator() {
        this(41);
    }

    public AbilityEstimate estimate(String student, List<Answer> answers) {
        int q = quadrature.size();
        double[] log = new double[q];
        double max = Double.NEGATIVE_INFINITY;
        for (int node = 0; node < q; node++) {
            for (Answer answer : answers) {
                double p = answer.item().probability(quadrature.node(node));
                log[node] += Math.log(answer.correct() ? p : 1 - p);
            }
            max = Math.max(max, log[node]);
        }
        double total = 0;
        double mean = 0;
        double square = 0;
        for (int node = 0; node < q; node++) {
            double weight = quadrature.weight(node) * Math.exp(log[node] - max);
            double theta = quadrature.node(node);
            total += weight;
            mean += weight * theta;
            square += weight * theta * theta;
        }
        mean /= total;
        return new AbilityEstimate(student, mean, Math.sqrt(Math.max(0, square / total - mean * mean)), answers.size());
    }
}
