package io.revisio.learning.mastery;

/**
 * A mastery probability with a 90 % band that narrows as evidence accumulates. Knowledge tracing gives a
 * single probability K whatever the number of attempts behind it; to show how firmly it rests on
 * evidence we read it as the mean of a Beta distribution with concentration m = attempts + 2 (two
 * pseudo-attempts, the uniform Beta(1, 1) prior, before any answer), Beta(K m, (1 - K) m), and report its
 * central 90 % interval by the usual logit-normal approximation: the variance K (1 - K) / (m + 1) carried
 * to the logit scale by the delta method gives a standard deviation of 1 / sqrt(K (1 - K) (m + 1)), and
 * the band is the inverse logit of logit(K) plus or minus 1.645 of those. It stays inside 0 to 1 and is
 * lopsided near the ends, as a Beta interval is. It is a display of evidence, not a posterior over the
 * skill parameters.
 */
public record MasteryBand(double low, double estimate, double high, int attempts) {

    static final double Z90 = 1.6448536269514722;
    private static final double EDGE = 1e-3;

    public static MasteryBand of(Mastery mastery) {
        double k = Math.min(Math.max(mastery.known(), EDGE), 1 - EDGE);
        double m = mastery.attempts() + 2;
        double sd = 1 / Math.sqrt(k * (1 - k) * (m + 1));
        double logit = Math.log(k / (1 - k));
        return new MasteryBand(logistic(logit - Z90 * sd), mastery.known(), logistic(logit + Z90 * sd),
                mastery.attempts());
    }

    private static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
