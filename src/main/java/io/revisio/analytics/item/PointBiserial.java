package io.revisio.analytics.item;

import java.math.BigInteger;

/**
 * The point-biserial correlation between answering an item right (x, 0 or 1) and a score (y, a whole number),
 * kept as exact sums so that it can be updated one answer at a time and comes out the same in any order. It
 * is Pearson's r with a binary x:
 * r = (n Sxy - Sx Sy) / sqrt((n Sx - Sx^2) (n Syy - Sy^2)), where Sx = Sxx because x is 0 or 1.
 *
 * @param pairs        n, the answers counted
 * @param right        Sx, how many of them were right
 * @param sumScore     Sy
 * @param sumScoreSquared Syy
 * @param sumScoreRight   Sxy, the sum of the scores of the right answers
 */
public record PointBiserial(long pairs, long right, long sumScore, long sumScoreSquared, long sumScoreRight) {

    public static final PointBiserial NONE = new PointBiserial(0, 0, 0, 0, 0);

    public PointBiserial add(boolean isRight, long score) {
        return new PointBiserial(pairs + 1, right + (isRight ? 1 : 0), sumScore + score,
                sumScoreSquared + score * score, sumScoreRight + (isRight ? score : 0));
    }

    /**
     * The correlation, or null where it is undefined: fewer than two pairs, everyone right or everyone wrong,
     * or every score the same.
     */
    public Double correlation() {
        BigInteger n = BigInteger.valueOf(pairs);
        BigInteger sx = BigInteger.valueOf(right);
        BigInteger sy = BigInteger.valueOf(sumScore);
        BigInteger numerator = n.multiply(BigInteger.valueOf(sumScoreRight)).subtract(sx.multiply(sy));
        BigInteger spreadX = n.multiply(sx).subtract(sx.multiply(sx));
        BigInteger spreadY = n.multiply(BigInteger.valueOf(sumScoreSquared)).subtract(sy.multiply(sy));
        if (pairs < 2 || spreadX.signum() <= 0 || spreadY.signum() <= 0) {
            return null;
        }
        double r = numerator.doubleValue() / (Math.sqrt(spreadX.doubleValue()) * Math.sqrt(spreadY.doubleValue()));
        return Math.max(-1.0, Math.min(1.0, r)); // rounding must not carry it past the bounds
    }
}
