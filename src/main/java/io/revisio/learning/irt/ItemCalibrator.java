package io.revisio.learning.irt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Calibrates 2PL items on students' first answers by marginal maximum likelihood ({@link MarginalEm}),
 * then reports per item:
 * <ul>
 * <li>standard errors from the cross-product (empirical) information: the sum over students of the outer
 * product of each student's score for the item's (a, c), the score being the posterior-weighted
 * (y - P) (theta, 1) (Louis, 1982, who shows the score of the observed data is the posterior mean of the
 * complete-data score). The 2-by-2 block of each item is inverted on its own, and the error of b = -c / a
 * follows by the delta method;</li>
 * <li>fit statistics ({@link ItemFit}): infit and outfit mean squares and Yen's Q1, each answer compared
 * with the probability the model expects from the student's other answers (the posterior with this
 * answer divided out, its mean for sorting into ability groups and its expected P).</li>
 * </ul>
 * Abilities are the posterior means (EAP) under the N(0, 1) population at the final items.
 */
public final class ItemCalibrator {

    private final int points;
    private final int maxIterations;
    private final double tolerance;

    public ItemCalibrator() {
        this(21, 500, 1e-4);
    }

    /** Stops when no item parameter moves by tolerance or more in an iteration, or after maxIterations. */
    public ItemCalibrator(int points, int maxIterations, double tolerance) {
        this.points = points;
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
    }

    public IrtCalibration calibrate(List<Response> responses) {
        MarginalEm em = new MarginalEm(new ResponseData(responses), GaussHermite.standardNormal(points));
        ItemParameters[] items = new ItemParameters[em.items()];
        Arrays.fill(items, ItemParameters.START);
        int iterations = 0;
        boolean converged = false;
        while (iterations < maxIterations && !converged) {
            ItemParameters[] next = em.step(items).next();
            iterations++;
            converged = largestChange(items, next) < tolerance;
            items = next;
        }
        return report(em, items, iterations, converged);
    }

    private static IrtCalibration report(MarginalEm em, ItemParameters[] items, int iterations, boolean converged) {
        ResponseData data = em.data;
        GaussHermite quadrature = em.quadrature;
        int q = quadrature.size();
        double[][][] logP = em.logProbabilities(items);
        double[][] information = new double[items.length][3];
        int[] counts = new int[items.length];
        for (int[] answered : data.itemsOf) {
            for (int i : answered) {
                counts[i]++;
            }
        }
        double[][] thetas = new double[items.length][];
        double[][] probabilities = new double[items.length][];
        boolean[][] answers = new boolean[items.length][];
        for (int i = 0; i < items.length; i++) {
            thetas[i] = new double[counts[i]];
            probabilities[i] = new double[counts[i]];
            answers[i] = new boolean[counts[i]];
        }
        int[] filled = new int[items.length];
        double[] posterior = new double[q];
        double logLikelihood = 0;
        List<AbilityEstimate> abilities = new ArrayList<>(data.students.size());
        for (int s = 0; s < data.itemsOf.length; s++) {
            logLikelihood += em.posterior(s, logP, posterior);
            double mean = 0;
            double square = 0;
            for (int node = 0; node < q; node++) {
                mean += posterior[node] * quadrature.node(node);
                square += posterior[node] * quadrature.node(node) * quadrature.node(node);
            }
            abilities.add(new AbilityEstimate(data.students.get(s), mean, Math.sqrt(Math.max(0, square - mean * mean)),
                    data.itemsOf[s].length));
            for (int k = 0; k < data.itemsOf[s].length; k++) {
                int i = data.itemsOf[s][k];
                int y = data.answersOf[s][k] ? 1 : 0;
                double scoreA = 0;
                double scoreC = 0;
                for (int node = 0; node < q; node++) {
                    double theta = quadrature.node(node);
                    double residual = posterior[node] * (y - items[i].probability(theta));
                    scoreA += residual * theta;
                    scoreC += residual;
                }
                information[i][0] += scoreA * scoreA;
                information[i][1] += scoreA * scoreC;
                information[i][2] += scoreC * scoreC;
                // The student's posterior without this answer (divided out again), so that the fit of an item
                // is judged on an ability that did not already see the answer it is compared with.
                double rest = 0;
                double restMean = 0;
                double expected = 0;
                for (int node = 0; node < q; node++) {
                    double p = items[i].probability(quadrature.node(node));
                    double without = posterior[node] / (y == 1 ? p : 1 - p);
                    rest += without;
                    restMean += without * quadrature.node(node);
                    expected += without * p;
                }
                thetas[i][filled[i]] = restMean / rest;
                probabilities[i][filled[i]] = expected / rest;
                answers[i][filled[i]++] = y == 1;
            }
        }
        List<ItemEstimate> estimates = new ArrayList<>(items.length);
        for (int i = 0; i < items.length; i++) {
            double a = items[i].discrimination();
            double c = -a * items[i].difficulty();
            double[] info = information[i];
            double determinant = info[0] * info[2] - info[1] * info[1];
            double varA = info[2] / determinant;
            double covAc = -info[1] / determinant;
            double varC = info[0] / determinant;
            // b = -c / a: db/da = c / a^2, db/dc = -1 / a.
            double da = c / (a * a);
            double dc = -1 / a;
            double varB = da * da * varA + 2 * da * dc * covAc + dc * dc * varC;
            int correct = 0;
            for (boolean answer : answers[i]) {
                correct += answer ? 1 : 0;
            }
            estimates.add(new ItemEstimate(data.items.get(i), items[i], standardError(varA, determinant),
                    standardError(varB, determinant), ItemFit.of(thetas[i], probabilities[i], answers[i]), counts[i],
                    (double) correct / counts[i]));
        }
        return new IrtCalibration(estimates, abilities, iterations, converged, logLikelihood);
    }

    /** NaN when the information is singular (say, an item answered by one student), not a made-up number. */
    private static double standardError(double variance, double determinant) {
        return determinant > 0 && variance > 0 ? Math.sqrt(variance) : Double.NaN;
    }

    private static double largestChange(ItemParameters[] before, ItemParameters[] after) {
        double largest = 0;
        for (int i = 0; i < before.length; i++) {
            largest = Math.max(largest, Math.abs(before[i].discrimination() - after[i].discrimination()));
            largest = Math.max(largest, Math.abs(before[i].difficulty() - after[i].difficulty()));
        }
        return largest;
    }
}
