package io.revisio.learning.mastery;

/**
 * The standard Bayesian knowledge tracing update for one skill (Corbett and Anderson, 1995). With K the
 * probability the skill is known before an answer, G guess, S slip and T learn:
 * <ul>
 * <li>prediction of a correct answer: K (1 - S) + (1 - K) G;</li>
 * <li>after a correct answer: K' = K (1 - S) / (K (1 - S) + (1 - K) G);</li>
 * <li>after a wrong answer: K' = K S / (K S + (1 - K) (1 - G));</li>
 * <li>learning transition: next K = K' + (1 - K') T.</li>
 * </ul>
 */
public final class KnowledgeTracing {

    private final BktParameters parameters;

    public KnowledgeTracing(BktParameters parameters) {
        this.parameters = parameters;
    }

    public BktParameters parameters() {
        return parameters;
    }

    public Mastery initial() {
        return Mastery.initial(parameters);
    }

    /** The chance that the next answer is correct. */
    public double predictCorrect(Mastery mastery) {
        double known = mastery.known();
        return known * (1 - parameters.slip()) + (1 - known) * parameters.guess();
    }

    /** The mastery after one answer, with the prediction that was made before it. */
    public MasteryUpdate answer(Mastery mastery, boolean correct) {
        double known = mastery.known();
        double predicted = predictCorrect(mastery);
        double posterior = correct
                ? known * (1 - parameters.slip()) / predicted
                : known * parameters.slip() / (1 - predicted);
        if (Double.isNaN(posterior)) {
            posterior = known; // an answer the parameters call impossible tells nothing usable
        }
        double next = posterior + (1 - posterior) * parameters.learn();
        return new MasteryUpdate(predicted, posterior, new Mastery(Math.min(1, next), mastery.attempts() + 1));
    }
}
