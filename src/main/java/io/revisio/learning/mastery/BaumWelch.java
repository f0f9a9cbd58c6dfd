package io.revisio.learning.mastery;

/**
 * One EM iteration for knowledge tracing over a fixed set of sequences: scaled forward-backward per
 * sequence (Rabiner, 1989), accumulating the expected counts that the M-step of {@link BktFitter} turns
 * into new parameters. State 0 is not known, state 1 known.
 */
public final class BaumWelch {

    /** The parameters after the step, and the log-likelihood of the data under the parameters it started from. */
    public record Step(BktParameters next, double logLikelihood) {
    }

    private final boolean[][] sequences;
    private final int longest;

    public BaumWelch(boolean[][] sequences) {
        this.sequences = sequences;
        int max = 0;
        for (boolean[] s : sequences) {
            max = Math.max(max, s.length);
        }
        this.longest = max;
    }

    public Step step(BktParameters p) {
        double[] alpha0 = new double[longest];
        double[] alpha1 = new double[longest];
        double[] scale = new double[longest];
        double firstKnown = 0;
        double transitions = 0;
        double unknownWithNext = 0;
        double unknownCorrect = 0;
        double unknown = 0;
        double knownWrong = 0;
        double known = 0;
        double logLikelihood = 0;
        double learn = p.learn();
        for (boolean[] answers : sequences) {
            int n = answers.length;
            double a0 = (1 - p.prior()) * emit(p, false, answers[0]);
            double a1 = p.prior() * emit(p, true, answers[0]);
            for (int t = 0; ; t++) {
                scale[t] = a0 + a1;
                alpha0[t] = a0 / scale[t];
                alpha1[t] = a1 / scale[t];
                logLikelihood += Math.log(scale[t]);
                if (t + 1 == n) {
                    break;
                }
                a0 = alpha0[t] * (1 - learn) * emit(p, false, answers[t + 1]);
                a1 = (alpha0[t] * learn + alpha1[t]) * emit(p, true, answers[t + 1]);
            }
            double beta0 = 1;
            double beta1 = 1;
            for (int t = n - 1; t >= 0; t--) {
                double g0 = alpha0[t] * beta0;
                double g1 = alpha1[t] * beta1;
                double norm = g0 + g1;
                g0 /= norm;
                g1 /= norm;
                unknown += g0;
                known += g1;
                if (answers[t]) {
                    unknownCorrect += g0;
                } else {
                    knownWrong += g1;
                }
                if (t == 0) {
                    firstKnown += g1;
                    break;
                }
                // Going back from t to t - 1: expected transitions into t, and beta at t - 1.
                double e0 = emit(p, false, answers[t]) * beta0;
                double e1 = emit(p, true, answers[t]) * beta1;
                double learned = alpha0[t - 1] * learn * e1 / scale[t];
                transitions += learned;
                unknownWithNext += alpha0[t - 1] * ((1 - learn) * e0 + learn * e1) / scale[t];
                double previous0 = ((1 - learn) * e0 + learn * e1) / scale[t];
                double previous1 = e1 / scale[t];
                beta0 = previous0;
                beta1 = previous1;
            }
        }
        BktParameters next = new BktParameters(
                sequences.length == 0 ? p.prior() : bounded(firstKnown / sequences.length, 1),
                bounded(unknownWithNext == 0 ? learn : transitions / unknownWithNext, 1),
                bounded(unknown == 0 ? p.guess() : unknownCorrect / unknown, BktParameters.MAX_GUESS),
                bounded(known == 0 ? p.slip() : knownWrong / known, BktParameters.MAX_SLIP));
        return new Step(next, logLikelihood);
    }

    private static double emit(BktParameters p, boolean knows, boolean correct) {
        double right = knows ? 1 - p.slip() : p.guess();
        return correct ? right : 1 - right;
    }

    private static double bounded(double value, double upper) {
        return Math.min(Math.max(value, BktFitter.FLOOR), Math.min(upper, 1 - BktFitter.FLOOR));
    }
}
