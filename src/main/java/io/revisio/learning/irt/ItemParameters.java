package io.revisio.learning.irt;

/**
 * A question's two-parameter logistic (2PL) item parameters (Birnbaum, 1968): discrimination a and
 * difficulty b, so that a student of ability theta answers correctly with probability
 * 1 / (1 + exp(-a (theta - b))).
 */
public record ItemParameters(double discrimination, double difficulty) {

    public static final ItemParameters START = new ItemParameters(1, 0);

    public ItemParameters {
        if (!Double.isFinite(discrimination) || !Double.isFinite(difficulty)) {
            throw new IllegalArgumentException("item parameters must be finite");
        }
    }

    public double probability(double theta) {
        return 1 / (1 + Math.exp(-discrimination * (theta - difficulty)));
    }
}
