package io.revisio.learning.irt;

import java.util.List;

/** The result of a calibration run: items and students, the EM iterations, and the marginal log-likelihood. */
public record IrtCalibration(List<ItemEstimate> items, List<AbilityEstimate> abilities, int iterations,
        boolean converged, double logLikelihood) {
}
