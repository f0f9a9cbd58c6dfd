package io.revisio.learning.irt;

/**
 * The upper tail of the chi-square distribution, for the p-value of a fit statistic such as Yen's Q1: the
 * regularised upper incomplete gamma function Q(df / 2, x / 2), by its power series below a + 1 and its
 * continued fraction (modified Lentz) above, with log Gamma from the Lanczos approximation (g = 7, nine
 * coefficients), as in Press et al., Numerical Recipes, chapter 6.
 */
public final class ChiSquare {

    private static final double[] LANCZOS = {0.99999999999980993, 676.5203681218851, -1259.1392167224028,
            771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
            9.9843695780195716e-6, 1.5056327351493116e-7};
    private static final double EPSILON = 1e-15;
    private static final int STEPS = 1000;

    private ChiSquare() {
    }

    /** P(X >= x) for X chi-square with df degrees of freedom; NaN when df is below 1 or x is not a number. */
    public static double upperTail(double x, int df) {
        if (df < 1 || Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x <= 0) {
            return 1;
        }
        double a = df / 2.0;
        double z = x / 2;
        return z < a + 1 ? 1 - lowerSeries(a, z) : upperFraction(a, z);
    }

    static double logGamma(double x) {
        if (x < 0.5) { // reflection
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        x -= 1;
        double sum = LANCZOS[0];
        double t = x + 7.5;
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (x + i);
        }
        return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(sum);
    }

    /** P(a, z) by its series. */
    private static double lowerSeries(double a, double z) {
        double term = 1 / a;
        double sum = term;
        for (int n = 1; n < STEPS; n++) {
            term *= z / (a + n);
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * EPSILON) {
                break;
            }
        }
        return Math.min(1, sum * Math.exp(-z + a * Math.log(z) - logGamma(a)));
    }

    /** Q(a, z) by its continued fraction. */
    private static double upperFraction(double a, double z) {
        double tiny = 1e-300;
        double b = z + 1 - a;
        double c = 1 / tiny;
        double d = 1 / b;
        double h = d;
        for (int n = 1; n < STEPS; n++) {
            double an = -n * (n - a);
            b += 2;
            d = an * d + b;
            d = Math.abs(d) < tiny ? tiny : d;
            c = b + an / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPSILON) {
                break;
            }
        }
        return Math.max(0, Math.min(1, Math.exp(-z + a * Math.log(z) - logGamma(a)) * h));
    }
}
