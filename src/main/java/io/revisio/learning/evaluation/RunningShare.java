package io.revisio.learning.evaluation;

/**
 * The baseline: every answer is predicted by the share of right answers among all answers so far, with
 * one right and one wrong pseudo-answer to start from (Laplace's rule of succession), (right + 1) / (seen + 2).
 */
public final class RunningShare implements CorrectnessModel {

    private long right;
    private long seen;

    @Override
    public String name() {
        return "baseline";
    }

    @Override
    public double predictThenLearn(Attempt attempt) {
        double prediction = (right + 1.0) / (seen + 2.0);
        seen++;
        right += attempt.correct() ? 1 : 0;
        return prediction;
    }
}
