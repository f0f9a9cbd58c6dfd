package io.revisio.learning.evaluation;

/**
 * A model replayed over attempts in time order: for each attempt it first predicts the chance of a right
 * answer from what it has seen so far, then learns from the answer.
 */
public interface CorrectnessModel {

    String name();

    /** The prediction made before the attempt's answer; the model has learnt from the answer when this returns. */
    double predictThenLearn(Attempt attempt);
}
