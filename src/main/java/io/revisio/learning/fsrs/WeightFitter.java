package io.revisio.learning.fsrs;

import java.util.List;

/**
 * Fits the 21 weights to one student's review log by minimising the log loss of recall predictions
 * within the published bounds: Adam on central-difference gradients, projected back into the bounds after
 * every step, starting from the current weights and keeping the best weights seen. Gradients by differences cost 42 passes over the log per
 * step, which is milliseconds for a student's few thousand reviews and keeps the model code in one place.
 */
public final class WeightFitter {

    /** What a fit found: the weights and their log loss next to that of the weights it started from. */
    public record Fit(FsrsWeights weights, double logLoss, double startLogLoss, int predictions) {
    }

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double ADAM_EPSILON = 1e-8;
    private static final int STABILITIES = 4;

    private final int steps;
    private final double learningRate;

    public WeightFitter() {
        this(300, 0.04);
    }

    public WeightFitter(int steps, double learningRate) {
        this.steps = steps;
        this.learningRate = learningRate;
    }

    public Fit fit(List<ReviewHistory> log, FsrsWeights start) {
        double startLoss = LogLoss.of(start, log).value();
        int predictions = LogLoss.of(start, log).predictions();
        if (predictions == 0) {
            return new Fit(start, startLoss, startLoss, 0);
        }
        double[] x = toSearchSpace(start.toArray());
        double[] m = new double[x.length];
        double[] v = new double[x.length];
        double[] best = x.clone();
        double bestLoss = startLoss;
        for (int step = 1; step <= steps; step++) {
            double[] gradient = gradient(x, log);
            // The step shrinks along a cosine towards a tenth of the initial rate, settling into the minimum.
            double rate = learningRate * (0.1 + 0.9 * 0.5 * (1 + Math.cos(Math.PI * step / steps)));
            for (int i = 0; i < x.length; i++) {
                m[i] = BETA1 * m[i] + (1 - BETA1) * gradient[i];
                v[i] = BETA2 * v[i] + (1 - BETA2) * gradient[i] * gradient[i];
                double mHat = m[i] / (1 - Math.pow(BETA1, step));
                double vHat = v[i] / (1 - Math.pow(BETA2, step));
                x[i] = bounded(i, x[i] - rate * scale(i) * mHat / (Math.sqrt(vHat) + ADAM_EPSILON));
            }
            double loss = loss(x, log);
            if (loss < bestLoss) {
                bestLoss = loss;
                best = x.clone();
            }
        }
        return new Fit(FsrsWeights.of(toWeights(best)), bestLoss, startLoss, predictions);
    }

    private static double[] gradient(double[] x, List<ReviewHistory> log) {
        double[] gradient = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double h = 1e-4 * scale(i);
            double[] up = x.clone();
            double[] down = x.clone();
            up[i] = bounded(i, x[i] + h);
            down[i] = bounded(i, x[i] - h);
            if (up[i] == down[i]) {
                continue;
            }
            gradient[i] = (loss(up, log) - loss(down, log)) / (up[i] - down[i]);
        }
        return gradient;
    }

    private static double loss(double[] x, List<ReviewHistory> log) {
        return LogLoss.of(FsrsWeights.of(toWeights(x)), log).value();
    }

    /**
     * The search runs on the logarithm of the initial stabilities w0–w3 (they span a tenth of a day to a
     * hundred days, and a step should change them by a share, not by days) and on the other weights as
     * they are.
     */
    private static double[] toSearchSpace(double[] w) {
        double[] x = w.clone();
        for (int i = 0; i < STABILITIES; i++) {
            x[i] = Math.log(w[i]);
        }
        return x;
    }

    private static double[] toWeights(double[] x) {
        double[] w = x.clone();
        for (int i = 0; i < STABILITIES; i++) {
            w[i] = Math.min(Math.max(Math.exp(x[i]), FsrsWeights.lower(i)), FsrsWeights.upper(i));
        }
        return w;
    }

    /**
     * Steps in proportion to each weight's allowed range (a quarter of it per unit of learning rate), since
     * some weights span several units and others a few tenths; on the log scale of w0–w3, one unit.
     */
    private static double scale(int i) {
        return i < STABILITIES ? 1 : (FsrsWeights.upper(i) - FsrsWeights.lower(i)) / 4;
    }

    private static double bounded(int i, double value) {
        double lower = i < STABILITIES ? Math.log(FsrsWeights.lower(i)) : FsrsWeights.lower(i);
        double upper = i < STABILITIES ? Math.log(FsrsWeights.upper(i)) : FsrsWeights.upper(i);
        return Math.min(Math.max(value, lower), upper);
    }
}
