package io.revisio.learning.evaluation;

/**
 * The evaluation of a simulated cohort, with how closely fits recover the true parameters: correlations
 * across skills of fitted and true knowledge tracing parameters (fitted on all students), and across test
 * questions of calibrated and true 2PL parameters, with the correlation of EAP and true abilities.
 * {@code targetsMet}: every parameter correlation at least 0.9, and both models below the baseline's
 * held-out log loss.
 */
public record SimulationReport(CohortSettings cohort, EvaluationReport evaluation, BktRecovery bkt,
        IrtRecovery irt, boolean targetsMet) {

    public record BktRecovery(int skills, double prior, double learn, double guess, double slip) {
    }

    public record IrtRecovery(int items, int students, int iterations, double discrimination, double difficulty,
            double ability) {
    }
}
