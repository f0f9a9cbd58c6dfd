package io.revisio.learning.evaluation;

import io.revisio.learning.irt.ItemParameters;
import io.revisio.learning.irt.Response;
import io.revisio.learning.mastery.BktParameters;
import java.util.List;
import java.util.Map;

/**
 * A simulated cohort with the truth behind it: the practice attempts (answers follow knowledge tracing with
 * each skill's true parameters), the calibration test (answers follow the 2PL with each student's true
 * ability and each test question's true parameters), and those true values.
 */
public record SimulatedCohort(List<Attempt> practice, List<Response> test, Map<String, BktParameters> skills,
        Map<String, ItemParameters> testItems, Map<String, Double> abilities) {
}
