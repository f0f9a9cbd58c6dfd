package io.revisio.learning.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CohortEvaluationTest {

    @Test
    void fitsRecoverTheTrueParametersAndBothModelsBeatTheBaseline() {
        SimulationReport report = CohortEvaluation.run(new CohortSettings(800, 10, 15, 12, 25, 7));

        assertThat(report.bkt().skills()).isEqualTo(10);
        assertThat(report.bkt().prior()).isGreaterThanOrEqualTo(0.9);
        assertThat(report.bkt().learn()).isGreaterThanOrEqualTo(0.9);
        assertThat(report.bkt().guess()).isGreaterThanOrEqualTo(0.9);
        assertThat(report.bkt().slip()).isGreaterThanOrEqualTo(0.9);
        assertThat(report.irt().items()).isEqualTo(25);
        assertThat(report.irt().discrimination()).isGreaterThanOrEqualTo(0.9);
        assertThat(report.irt().difficulty()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.irt().ability()).isGreaterThanOrEqualTo(0.85);
        EvaluationReport evaluation = report.evaluation();
        assertThat(evaluation.heldOutStudents()).isEqualTo(160);
        double baseline = evaluation.model("baseline").logLoss();
        assertThat(evaluation.model("bkt").logLoss()).isLessThan(baseline - 0.05);
        assertThat(evaluation.model("elo").logLoss()).isLessThan(baseline - 0.02);
        assertThat(evaluation.model("bkt").auc()).isGreaterThan(0.75);
        assertThat(evaluation.model("bkt").calibration().weightedRmse()).isLessThan(0.05);
        assertThat(report.targetsMet()).isTrue();
    }

    @Test
    void theSameSeedGivesTheSameCohort() {
        CohortSettings settings = new CohortSettings(20, 3, 4, 5, 5, 3);

        assertThat(CohortSimulator.simulate(settings)).isEqualTo(CohortSimulator.simulate(settings));
        assertThat(CohortSimulator.simulate(settings).practice())
                .isNotEqualTo(CohortSimulator.simulate(new CohortSettings(20, 3, 4, 5, 5, 4)).practice());
    }
}
