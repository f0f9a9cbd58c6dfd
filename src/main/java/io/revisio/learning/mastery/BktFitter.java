package io.revisio.learning.mastery;

import java.util.List;

/**
 * Fits one skill's parameters by expectation-maximisation (Baum-Welch) over many students' attempt
 * sequences, each in time order, a two-state hidden Markov model without forgetting. The E-step runs the
 * scaled forward-backward recursions; the M-step sets each parameter to its expected share:
 * prior = mean chance of knowing at the first attempt, learn = expected unknown-to-known transitions over
 * expected unknown states that have a next attempt, guess = expected correct answers while unknown over
 * expected unknown states, slip = expected wrong answers while known over expected known states. Each of
 * these maximises a concave Bernoulli term of its own, so clamping guess to 0.3 and slip to 0.1 in the
 * M-step is the exact constrained maximum and the likelihood still never falls between iterations. The
 * fit runs from a few starts and keeps the best ({@link #STARTS}).
 * Skills with fewer than {@link #MIN_ATTEMPTS} attempts or {@link #MIN_SEQUENCES} students keep the
 * defaults.
 */
public final class BktFitter {

    public static final int MIN_ATTEMPTS = 200;
    public static final int MIN_SEQUENCES = 20;
    /** Keeps every parameter off 0 and 1, where a state could never be left or an answer never explained. */
    static final double FLOOR = 1e-4;

    private final int maxIterations;
    private final double tolerance;

    public BktFitter() {
        this(200, 1e-7);
    }

    /** Stops after maxIterations or when an iteration raises the mean log-likelihood per attempt by less than tolerance. */
    public BktFitter(int maxIterations, double tolerance) {
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
    }

    /**
     * Where the fit starts: the defaults, a skill few know and learn slowly, and one many know and learn
     * fast. EM only climbs to the nearest maximum, and knowledge tracing likelihoods can have more than one
     * (Beck and Chang, 2007, Identifiability: a fundamental problem of student modeling), so the fit runs
     * from each and keeps the highest likelihood.
     */
    static final List<BktParameters> STARTS = List.of(BktParameters.DEFAULT,
            new BktParameters(0.1, 0.05, 0.25, 0.05), new BktParameters(0.6, 0.3, 0.15, 0.08));

    /** Each inner list is one student's answers on the skill in time order, true for correct. */
    public BktFit fit(List<List<Boolean>> sequences) {
        BktFit best = null;
        for (BktParameters start : STARTS) {
            BktFit fit = fit(sequences, start);
            if (best == null || fit.logLikelihood() > best.logLikelihood()) {
                best = fit;
            }
            if (fit.defaults()) {
                break;
            }
        }
        return best;
    }

    /** A fit from one start, for example the skill's last parameters. */
    public BktFit fit(List<List<Boolean>> sequences, BktParameters start) {
        boolean[][] data = toArrays(sequences);
        int attempts = 0;
        for (boolean[] sequence : data) {
            attempts += sequence.length;
        }
        if (attempts < MIN_ATTEMPTS || data.length < MIN_SEQUENCES) {
            return new BktFit(BktParameters.DEFAULT, new BaumWelch(data).step(BktParameters.DEFAULT).logLikelihood(),
                    0, data.length, attempts, true);
        }
        BaumWelch em = new BaumWelch(data);
        BktParameters current = start;
        double previous = Double.NEGATIVE_INFINITY;
        int iteration = 0;
        while (iteration < maxIterations) {
            BaumWelch.Step step = em.step(current);
            iteration++;
            // step.logLikelihood() belongs to current, the parameters the step started from.
            if (step.logLikelihood() - previous < tolerance * attempts) {
                return new BktFit(current, step.logLikelihood(), iteration, data.length, attempts, false);
            }
            previous = step.logLikelihood();
            current = step.next();
        }
        return new BktFit(current, em.step(current).logLikelihood(), iteration, data.length, attempts, false);
    }

    private static boolean[][] toArrays(List<List<Boolean>> sequences) {
        return sequences.stream().filter(s -> !s.isEmpty()).map(s -> {
            boolean[] answers = new boolean[s.size()];
            for (int i = 0; i < answers.length; i++) {
                answers[i] = s.get(i);
            }
            return answers;
        }).toArray(boolean[][]::new);
    }
}
