package io.revisio.learning.irt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ItemCalibratorTest {

    @Test
    void eapOfOneRightAnswerOnTwoNodes() {
        // Two nodes for N(0, 1): theta = -1 and +1, weight 1/2 each. Item a = 1, b = 0, answered right:
        // likelihoods logistic(-1) = 0.268941 and logistic(1) = 0.731059, so the posterior weights are those
        // two numbers (they add up to 1). EAP = 0.731059 - 0.268941 = 0.462117 (= tanh 1/2);
        // posterior SD = sqrt(1 - 0.462117^2) = 0.886819.
        AbilityEstimate estimate = new AbilityEstimator(2)
                .estimate("s", List.of(new AbilityEstimator.Answer(new ItemParameters(1, 0), true)));

        assertThat(estimate.eap()).isCloseTo(Math.tanh(0.5), within(1e-12));
        assertThat(estimate.posteriorSd()).isCloseTo(Math.sqrt(1 - Math.tanh(0.5) * Math.tanh(0.5)), within(1e-12));
    }

    @Test
    void recoversSimulatedItemsWithHonestErrorsAndFlagsAMisfittingItem() {
        SplittableRandom random = new SplittableRandom(17);
        int students = 1_000;
        int itemCount = 20;
        double[] a = new double[itemCount];
        double[] b = new double[itemCount];
        for (int i = 0; i < itemCount; i++) {
            a[i] = random.nextDouble(0.6, 2.0);
            b[i] = random.nextDouble(-1.8, 1.8);
        }
        List<Response> responses = new ArrayList<>();
        for (int s = 0; s < students; s++) {
            double theta = normal(random);
            for (int i = 0; i < itemCount; i++) {
                double p = new ItemParameters(a[i], b[i]).probability(theta);
                responses.add(new Response("s" + s, "q" + i, random.nextDouble() < p));
            }
            // A broken item: stronger students get it wrong more often (a miskeyed question).
            responses.add(new Response("s" + s, "broken", random.nextDouble() < new ItemParameters(-1.5, 0).probability(theta)));
        }

        IrtCalibration calibration = new ItemCalibrator().calibrate(responses);

        assertThat(calibration.converged()).isTrue();
        Map<String, ItemEstimate> items = calibration.items().stream()
                .collect(Collectors.toMap(ItemEstimate::item, Function.identity()));
        double[] fittedA = new double[itemCount];
        double[] fittedB = new double[itemCount];
        int coveredA = 0;
        int coveredB = 0;
        for (int i = 0; i < itemCount; i++) {
            ItemEstimate item = items.get("q" + i);
            fittedA[i] = item.parameters().discrimination();
            fittedB[i] = item.parameters().difficulty();
            coveredA += Math.abs(fittedA[i] - a[i]) < 2 * item.discriminationSe() ? 1 : 0;
            coveredB += Math.abs(fittedB[i] - b[i]) < 2 * item.difficultySe() ? 1 : 0;
            assertThat(item.responses()).isEqualTo(students);
            assertThat(item.fit().infit()).isBetween(0.95, 1.05);
            assertThat(item.fit().outfit()).isBetween(0.85, 1.15);
            assertThat(item.fit().q1()).isLessThan(3.0 * item.fit().degreesOfFreedom());
        }
        assertThat(correlation(fittedA, a)).isGreaterThan(0.9);
        assertThat(correlation(fittedB, b)).isGreaterThan(0.97);
        // About 95 % of true values should lie within two standard errors.
        assertThat(coveredA).isGreaterThanOrEqualTo(16);
        assertThat(coveredB).isGreaterThanOrEqualTo(16);
        ItemEstimate broken = items.get("broken");
        assertThat(broken.parameters().discrimination()).isEqualTo(MarginalEm.MIN_A);
        assertThat(broken.fit().q1()).isGreaterThan(20.0 * broken.fit().degreesOfFreedom());
        assertThat(calibration.abilities()).hasSize(students);
    }

    @Test
    void recoversItemsWhenEachStudentAnswersOnlySomeOfThem() {
        // Practice data is sparse: 1,500 students each see 15 of 40 questions, chosen at random.
        SplittableRandom random = new SplittableRandom(23);
        int itemCount = 40;
        double[] a = new double[itemCount];
        double[] b = new double[itemCount];
        for (int i = 0; i < itemCount; i++) {
            a[i] = random.nextDouble(0.6, 2.0);
            b[i] = random.nextDouble(-1.8, 1.8);
        }
        List<Response> responses = new ArrayList<>();
        for (int s = 0; s < 1_500; s++) {
            double theta = normal(random);
            for (int seen = 0; seen < 15; seen++) {
                int i = random.nextInt(itemCount);
                boolean right = random.nextDouble() < new ItemParameters(a[i], b[i]).probability(theta);
                responses.add(new Response("s" + s, "q" + i, right));
                // Seeing a question again is not a new response: only the first answer counts.
                responses.add(new Response("s" + s, "q" + i, !right));
            }
        }
        responses.add(new Response("late", "lonely", true)); // one answer: no standard error, and no failure

        IrtCalibration calibration = new ItemCalibrator().calibrate(responses);

        Map<String, ItemEstimate> items = calibration.items().stream()
                .collect(Collectors.toMap(ItemEstimate::item, Function.identity()));
        double[] fittedA = new double[itemCount];
        double[] fittedB = new double[itemCount];
        for (int i = 0; i < itemCount; i++) {
            fittedA[i] = items.get("q" + i).parameters().discrimination();
            fittedB[i] = items.get("q" + i).parameters().difficulty();
        }
        assertThat(correlation(fittedA, a)).isGreaterThan(0.85);
        assertThat(correlation(fittedB, b)).isGreaterThan(0.95);
        assertThat(items.get("lonely").responses()).isEqualTo(1);
        assertThat(items.get("lonely").discriminationSe()).isNaN();
        int answered = calibration.items().stream().mapToInt(ItemEstimate::responses).sum();
        assertThat(answered).isEqualTo(calibration.abilities().stream().mapToInt(AbilityEstimate::responses).sum());
        assertThat(answered).isLessThan(1_500 * 15 + 1);
    }

    static double normal(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    static double correlation(double[] x, double[] y) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i] / x.length;
            my += y[i] / y.length;
        }
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
