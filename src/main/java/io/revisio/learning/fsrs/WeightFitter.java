package io.revisio.learning.fsrs;

import java.util.List;

/**
 * Fits the 21 weights to one student's review log by minimising the log loss of recall predictions
 * within the published bounds: Adam on central-difference gradients, projected back into the bounds after
 * every step, starting from the current weights. Gradients by differences cost 42 passes over the log per
 * step, which is milliseconds for a student's few thousand reviews and keeps the model code in one place.
 */
public final class WeightFitter {

    /** What a fit found: the weights and their log loss next to that of the weights it started from. */
    public record Fit(FsrsWeights weights, double logLoss, double startLogLoss, int predictions) {
    }

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double ADAM_EPSILON = 1e-8;

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
        double[] w = start.toArray();
        double[] m = new double[w.length];
        double[] v = new double[w.length];
        double[] best = w.clone();
        double bestLoss = startLoss;
        for (int step = 1; step <= steps; step++) {
            double[] gradient = gradient(w, log);
            // The step shrinks along a cosine towards a tenth of the initial rate, settling into the minimum.
            double rate = learningRate * (0.1 + 0.9 * 0.5 * (1 + Math.cos(Math.PI * step / steps)));
            for (int i = 0; i < w.length; i++) {
                m[i] = BETA1 * m[i] + (1 - BETA1) * gradient[i];
                v[i] = BETA2 * v[i] + (1 - BETA2) * gradient[i] * gradient[i];
                double mHat = m[i] / (1 - Math.pow(BETA1, step));
                double vHat = v[i] / (1 - Math.pow(BETA2, step));
                w[i] = bounded(i, w[i] - rate * scale(i) * mHat / (Math.sqrt(vHat) + ADAM_EPSILON));
            }
            double loss = LogLoss.of(FsrsWeights.of(w), log).value();
            if (loss < bestLoss) {
                bestLoss = loss;
                best = w.clone();
            }
        }
        return new Fit(FsrsWeights.of(best), bestLoss, startLoss, predictions);
    }

    private static double[] gradient(double[] w, List<ReviewHistory> log) {
        double[] gradient = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            double h = 1e-4 * scale(i);
            double[] up = w.clone();
            double[] down = w.clone();
            up[i] = bounded(i, w[i] + h);
            down[i] = bounded(i, w[i] - h);
            if (up[i] == down[i]) {
                continue;
            }
            gradient[i] = (LogLoss.of(FsrsWeights.of(up), log).value() - LogLoss.of(FsrsWeights.of(down), log).value())
                    / (up[i] - down[i]);
        }
        return gradient;
    }

    /**
     * The initial stabilities w0–w3 span days to months while the other weights are near 1, so their steps
     * are scaled to their range.
     */
    private static double scale(int i) {
        return i <= 3 ? 10 : 1;
    }

    private static double bounded(int i, double value) {
        return Math.min(Math.max(value, FsrsWeights.lower(i)), FsrsWeights.upper(i));
    }
}
