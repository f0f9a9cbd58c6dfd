package io.revisio.learning.irt;

import java.util.List;

/**
 * Marginal maximum likelihood for the 2PL by EM (Bock and Aitkin, 1981), abilities integrated out over a
 * N(0, 1) population by Gauss-Hermite quadrature. The E-step gives each student a posterior over the
 * quadrature nodes and adds it up into, per item and node, the expected number of students who answered
 * (n) and who answered correctly (r); the M-step then fits each item to those artificial data, a weighted
 * logistic regression of r out of n on the node, by Newton-Raphson in the slope-intercept form
 * a theta + c (c = -a b). Discrimination is kept within [0.05, 5] and difficulty within [-6, 6] so that
 * an item everyone gets right (or wrong) stays finite.
 */
public final class MarginalEm {

    static final double MIN_A = 0.05;
    static final double MAX_A = 5;
    static final double MAX_B = 6;

    final ResponseData data;
    final GaussHermite quadrature;

    public MarginalEm(List<Response> responses, GaussHermite quadrature) {
        this(new ResponseData(responses), quadrature);
    }

    MarginalEm(ResponseData data, GaussHermite quadrature) {
        this.data = data;
        this.quadrature = quadrature;
    }

    public int items() {
        return data.items.size();
    }

    /** The expected counts of one E-step, and the marginal log-likelihood of the parameters it used. */
    record Expectation(double[][] answered, double[][] correct, double logLikelihood) {
    }

    /** One EM iteration: the item parameters after it, and the log-likelihood of those it started from. */
    public record Cycle(ItemParameters[] next, double logLikelihood) {
    }

    public Cycle step(ItemParameters[] current) {
        Expectation e = expect(current);
        ItemParameters[] next = new ItemParameters[current.length];
        for (int i = 0; i < current.length; i++) {
            next[i] = maximise(current[i], e.answered()[i], e.correct()[i]);
        }
        return new Cycle(next, e.logLikelihood());
    }

    Expectation expect(ItemParameters[] items) {
        int q = quadrature.size();
        double[][] answered = new double[items.length][q];
        double[][] correct = new double[items.length][q];
        double[][][] logP = logProbabilities(items);
        double[] posterior = new double[q];
        double logLikelihood = 0;
        for (int s = 0; s < data.itemsOf.length; s++) {
            logLikelihood += posterior(s, logP, posterior);
            int[] answeredItems = data.itemsOf[s];
            for (int k = 0; k < answeredItems.length; k++) {
                double[] n = answered[answeredItems[k]];
                for (int node = 0; node < q; node++) {
                    n[node] += posterior[node];
                }
                if (data.answersOf[s][k]) {
                    double[] r = correct[answeredItems[k]];
                    for (int node = 0; node < q; node++) {
                        r[node] += posterior[node];
                    }
                }
            }
        }
        return new Expectation(answered, correct, logLikelihood);
    }

    /** log P and log (1 - P) per item and node. */
    double[][][] logProbabilities(ItemParameters[] items) {
        int q = quadrature.size();
        double[][][] log = new double[2][items.length][q];
        for (int i = 0; i < items.length; i++) {
            for (int node = 0; node < q; node++) {
                double z = items[i].discrimination() * (quadrature.node(node) - items[i].difficulty());
                // log(logistic(z)) = -log(1 + exp(-z)), computed stably on both sides.
                log[1][i][node] = -softplus(-z);
                log[0][i][node] = -softplus(z);
            }
        }
        return log;
    }

    /** Fills the student's posterior over the nodes and returns the log of their marginal likelihood. */
    double posterior(int student, double[][][] logP, double[] posterior) {
        int q = quadrature.size();
        int[] answeredItems = data.itemsOf[student];
        boolean[] answers = data.answersOf[student];
        double max = Double.NEGATIVE_INFINITY;
        for (int node = 0; node < q; node++) {
            double sum = 0;
            for (int k = 0; k < answeredItems.length; k++) {
                sum += logP[answers[k] ? 1 : 0][answeredItems[k]][node];
            }
            posterior[node] = sum;
            max = Math.max(max, sum);
        }
        double total = 0;
        for (int node = 0; node < q; node++) {
            posterior[node] = quadrature.weight(node) * Math.exp(posterior[node] - max);
            total += posterior[node];
        }
        for (int node = 0; node < q; node++) {
            posterior[node] /= total;
        }
        return max + Math.log(total);
    }

    private ItemParameters maximise(ItemParameters start, double[] n, double[] r) {
        double a = start.discrimination();
        double c = -a * start.difficulty();
        for (int iteration = 0; iteration < 20; iteration++) {
            double ga = 0;
            double gc = 0;
            double iaa = 1e-9;
            double iac = 0;
            double icc = 1e-9;
            for (int node = 0; node < n.length; node++) {
                double theta = quadrature.node(node);
                double p = 1 / (1 + Math.exp(-(a * theta + c)));
                double residual = r[node] - n[node] * p;
                double information = n[node] * p * (1 - p);
                ga += residual * theta;
                gc += residual;
                iaa += information * theta * theta;
                iac += information * theta;
                icc += information;
            }
            double determinant = iaa * icc - iac * iac;
            double da = (icc * ga - iac * gc) / determinant;
            double dc = (iaa * gc - iac * ga) / determinant;
            double length = Math.hypot(da, dc);
            if (length > 1) { // a damped step where the surface is flat (items almost all right or wrong)
                da /= length;
                dc /= length;
            }
            double newA = Math.min(Math.max(a + da, MIN_A), MAX_A);
            double b = Math.min(Math.max(-(c + dc) / newA, -MAX_B), MAX_B);
            double newC = -newA * b;
            boolean done = Math.abs(newA - a) < 1e-8 && Math.abs(newC - c) < 1e-8;
            a = newA;
            c = newC;
            if (done) {
                break;
            }
        }
        return new ItemParameters(a, -c / a);
    }

    private static double softplus(double x) {
        return x > 30 ? x : Math.log1p(Math.exp(x));
    }
}
