package io.revisio.learning.evaluation;

import io.revisio.learning.irt.AbilityEstimate;
import io.revisio.learning.irt.IrtCalibration;
import io.revisio.learning.irt.ItemCalibrator;
import io.revisio.learning.irt.ItemEstimate;
import io.revisio.learning.mastery.BktFit;
import io.revisio.learning.mastery.BktFitter;
import io.revisio.learning.mastery.BktParameters;
import java.util.List;
import java.util.Map;

/** Simulates a cohort, evaluates its practice log, and checks how well the fits recover the truth. */
public final class CohortEvaluation {

    static final double TARGET = 0.9;

    private CohortEvaluation() {
    }

    public static SimulationReport run(CohortSettings settings) {
        SimulatedCohort cohort = CohortSimulator.simulate(settings);
        EvaluationReport evaluation = LearningEvaluation.evaluate(cohort.practice());
        SimulationReport.BktRecovery bkt = bktRecovery(cohort);
        SimulationReport.IrtRecovery irt = irtRecovery(cohort);
        double baseline = evaluation.model("baseline").logLoss();
        boolean targetsMet = bkt.prior() >= TARGET && bkt.learn() >= TARGET && bkt.guess() >= TARGET
                && bkt.slip() >= TARGET && irt.discrimination() >= TARGET && irt.difficulty() >= TARGET
                && evaluation.model("bkt").logLoss() < baseline && evaluation.model("elo").logLoss() < baseline;
        return new SimulationReport(settings, evaluation, bkt, irt, targetsMet);
    }

    private static SimulationReport.BktRecovery bktRecovery(SimulatedCohort cohort) {
        Map<String, BktFit> fits = SkillFits.fit(Replay.inTimeOrder(cohort.practice()), a -> true, new BktFitter());
        int n = cohort.skills().size();
        double[][] truth = new double[4][n];
        double[][] fitted = new double[4][n];
        int k = 0;
        for (Map.Entry<String, BktParameters> skill : cohort.skills().entrySet()) {
            BktParameters t = skill.getValue();
            BktParameters f = fits.get(skill.getKey()).parameters();
            truth[0][k] = t.prior();
            truth[1][k] = t.learn();
            truth[2][k] = t.guess();
            truth[3][k] = t.slip();
            fitted[0][k] = f.prior();
            fitted[1][k] = f.learn();
            fitted[2][k] = f.guess();
            fitted[3][k] = f.slip();
            k++;
        }
        return new SimulationReport.BktRecovery(n, Correlation.pearson(fitted[0], truth[0]),
                Correlation.pearson(fitted[1], truth[1]), Correlation.pearson(fitted[2], truth[2]),
                Correlation.pearson(fitted[3], truth[3]));
    }

    private static SimulationReport.IrtRecovery irtRecovery(SimulatedCohort cohort) {
        IrtCalibration calibration = new ItemCalibrator().calibrate(cohort.test());
        List<ItemEstimate> items = calibration.items();
        double[] a = new double[items.size()];
        double[] trueA = new double[items.size()];
        double[] b = new double[items.size()];
        double[] trueB = new double[items.size()];
        for (int i = 0; i < items.size(); i++) {
            ItemEstimate item = items.get(i);
            a[i] = item.parameters().discrimination();
            b[i] = item.parameters().difficulty();
            trueA[i] = cohort.testItems().get(item.item()).discrimination();
            trueB[i] = cohort.testItems().get(item.item()).difficulty();
        }
        List<AbilityEstimate> abilities = calibration.abilities();
        double[] eap = new double[abilities.size()];
        double[] theta = new double[abilities.size()];
        for (int s = 0; s < abilities.size(); s++) {
            eap[s] = abilities.get(s).eap();
            theta[s] = cohort.abilities().get(abilities.get(s).student());
        }
        return new SimulationReport.IrtRecovery(items.size(), abilities.size(), calibration.iterations(),
                Correlation.pearson(a, trueA), Correlation.pearson(b, trueB), Correlation.pearson(eap, theta));
    }
}
