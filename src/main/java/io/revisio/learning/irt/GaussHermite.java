package io.revisio.learning.irt;

/**
 * Gauss-Hermite quadrature: n nodes and weights with which the sum of w f(x) equals the integral of
 * f(x) exp(-x squared) over the real line for every polynomial f of degree up to 2n - 1. The nodes are
 * the eigenvalues of the symmetric tridiagonal Jacobi matrix of the Hermite polynomials (zero diagonal,
 * off-diagonal sqrt(k / 2)), as in Golub and Welsch (1969), found here by bisection on Sturm sequence
 * counts and polished by Newton steps on the orthonormal Hermite polynomial; each weight is the
 * Christoffel number 1 / (sum over k below n of h_k(x) squared), h_k the orthonormal Hermite polynomials.
 * {@link #standardNormal(int)} rescales them to expectations under N(0, 1): nodes times sqrt 2, weights
 * over sqrt pi.
 */
public final class GaussHermite {

    public static final int MAX_POINTS = 100;

    private final double[] nodes;
    private final double[] weights;

    private GaussHermite(double[] nodes, double[] weights) {
        this.nodes = nodes;
        this.weights = weights;
    }

    /** Nodes and weights for the weight function exp(-x squared), nodes ascending. */
    public static GaussHermite physicists(int n) {
        if (n < 1 || n > MAX_POINTS) {
            throw new IllegalArgumentException("between 1 and " + MAX_POINTS + " points: " + n);
        }
        double[] x = new double[n];
        double[] w = new double[n];
        double bound = Math.sqrt(2.0 * n) + 1; // Gershgorin: every eigenvalue lies within 2 max sqrt(k / 2)
        for (int i = 0; i < n; i++) {
            x[i] = polish(bisect(i, n, -bound, bound), n);
        }
        for (int i = 0; i < n; i++) {
            double sum = 0;
            double previous = 0;
            double current = Math.pow(Math.PI, -0.25);
            for (int k = 0; k < n; k++) {
                sum += current * current;
                double next = Math.sqrt(2.0 / (k + 1)) * x[i] * current - Math.sqrt((double) k / (k + 1)) * previous;
                previous = current;
                current = next;
            }
            w[i] = 1 / sum;
        }
        return new GaussHermite(x, w);
    }

    /** Nodes and weights for expectations under the standard normal distribution. */
    public static GaussHermite standardNormal(int n) {
        GaussHermite h = physicists(n);
        double[] x = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = h.nodes[i] * Math.sqrt(2);
            w[i] = h.weights[i] / Math.sqrt(Math.PI);
        }
        return new GaussHermite(x, w);
    }

    public int size() {
        return nodes.length;
    }

    public double node(int i) {
        return nodes[i];
    }

    public double weight(int i) {
        return weights[i];
    }

    /** How many eigenvalues of the n-by-n Jacobi matrix lie below x (the sign changes of its Sturm sequence). */
    static int below(double x, int n) {
        int count = 0;
        double q = -x;
        for (int k = 0; ; k++) {
            if (q == 0) {
                q = -1e-300; // a zero pivot counts as just below zero, the usual convention
            }
            if (q < 0) {
                count++;
            }
            if (k + 1 == n) {
                return count;
            }
            q = -x - ((k + 1) / 2.0) / q;
        }
    }

    private static double bisect(int index, int n, double low, double high) {
        for (int i = 0; i < 200 && high - low > 1e-15 * Math.max(1, Math.abs(low)); i++) {
            double middle = (low + high) / 2;
            if (below(middle, n) > index) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return (low + high) / 2;
    }

    /** Newton steps on h_n, whose derivative is sqrt(2 n) h_(n-1). */
    private static double polish(double x, int n) {
        for (int step = 0; step < 3; step++) {
            double previous = 0;
            double current = Math.pow(Math.PI, -0.25);
            for (int k = 0; k < n; k++) {
                double next = Math.sqrt(2.0 / (k + 1)) * x * current - Math.sqrt((double) k / (k + 1)) * previous;
                previous = current;
                current = next;
            }
            double derivative = Math.sqrt(2.0 * n) * previous;
            if (derivative == 0) {
                return x;
            }
            x -= current / derivative;
        }
        return x;
    }
}
