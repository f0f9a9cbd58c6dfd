package io.revisio.learning.mastery;

/**
 * A mastery probability with a 90 % band that narrows as evidence accumulates. Knowledge tracing gives a
 * single probability K whatever the number of attempts behind it; to show how firmly it rests on evidence
 * we read K as a share of n = attempts + 2 trials (two pseudo-attempts, the uniform prior, before any
 * answer) and report the Wilson score interval (Wilson, 1927) at 90 %: centre (K + z^2 / 2n) / (1 + z^2 / n),
 * half-width z / (1 + z^2 / n) times sqrt(K (1 - K) / n + z^2 / 4n^2), z = 1.645. It stays inside 0 to 1,
 * is lopsided near the ends, and never widens as K approaches 0 or 1: near the ends its width is about
 * z^2 / n. (A logit-normal band, whose standard deviation on the logit scale is 1 / sqrt(K (1 - K) n),
 * grows without bound there and spread almost from 0 to 1 for a student who knew the skill.) It is a
 * display of evidence, not a posterior over the skill parameters.
 */
public record MasteryBand(double low, double estimate, double high, int attempts) {

    static final double Z90 = 1.6448536269514722;

    public static MasteryBand of(Mastery mastery) {
        double k = Math.min(Math.max(mastery.known(), 0), 1);
        double n = mastery.attempts() + 2.0;
        double z2 = Z90 * Z90;
        double shrink = 1 + z2 / n;
        double centre = (k + z2 / (2 * n)) / shrink;
        double half = Z90 / shrink * Math.sqrt(k * (1 - k) / n + z2 / (4 * n * n));
        // The interval always holds K; min and max only absorb rounding at K = 0 or 1.
        return new MasteryBand(Math.min(k, Math.max(0, centre - half)), mastery.known(),
                Math.max(k, Math.min(1, centre + half)), mastery.attempts());
    }
}
