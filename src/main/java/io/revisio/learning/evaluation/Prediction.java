package io.revisio.learning.evaluation;

/** A predicted chance of a correct answer, made before the answer, and what the answer was. */
public record Prediction(double probability, boolean correct) {

    public Prediction {
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("a prediction is a probability: " + probability);
        }
    }
}
