package io.revisio.learning.fsrs;

import java.util.Arrays;
import java.util.List;

/**
 * The 21 weights w0..w20 of FSRS-6. The defaults and the bounds a fit must stay within are the published
 * FSRS-6 values (open-spaced-repetition, June 2025 set).
 */
public final class FsrsWeights {

    public static final int COUNT = 21;

    private static final double[] DEFAULTS = {0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,
        1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};

    private static final double[] LOWER = {0.001, 0.001, 0.001, 0.001, 1, 0.001, 0.001, 0.001, 0, 0, 0.001,
        0.001, 0.001, 0.001, 0, 0, 1, 0, 0, 0, 0.1};

    private static final double[] UPPER = {100, 100, 100, 100, 10, 4, 4, 0.75, 4.5, 0.8, 3.5, 5, 0.25, 0.9, 4,
        1, 6, 2, 2, 0.8, 0.8};

    public static final FsrsWeights DEFAULT = new FsrsWeights(DEFAULTS);

    private final double[] w;

    private FsrsWeights(double[] w) {
        this.w = w.clone();
    }

    /** Weights within the published bounds; anything else is refused with the offending index named. */
    public static FsrsWeights of(double... w) {
        if (w.length != COUNT) {
            throw new IllegalArgumentException("FSRS-6 has " + COUNT + " weights, not " + w.length);
        }
        for (int i = 0; i < COUNT; i++) {
            if (!(w[i] >= LOWER[i] && w[i] <= UPPER[i])) {
                throw new IllegalArgumentException("w" + i + " = " + w[i] + " is outside [" + LOWER[i] + ", "
                        + UPPER[i] + "]");
            }
        }
        return new FsrsWeights(w);
    }

    public static FsrsWeights of(List<Double> w) {
        return of(w.stream().mapToDouble(Double::doubleValue).toArray());
    }

    public double get(int i) {
        return w[i];
    }

    public double[] toArray() {
        return w.clone();
    }

    public static double lower(int i) {
        return LOWER[i];
    }

    public static double upper(int i) {
        return UPPER[i];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FsrsWeights weights && Arrays.equals(w, weights.w);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(w);
    }

    @Override
    public String toString() {
        return Arrays.toString(w);
    }
}
