package io.revisio.learning.evaluation;

import io.revisio.learning.irt.ItemParameters;
import io.revisio.learning.irt.Response;
import io.revisio.learning.mastery.BktParameters;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Draws a cohort with known parameters from a seed.
 * <ul>
 * <li>Skills: prior uniform in [0.1, 0.6], learn in [0.05, 0.3], guess in [0.1, 0.3], slip in [0.02, 0.1];
 * each has its questions with four or five options.</li>
 * <li>Students: an ability from N(0, 1) for the test, a start within the first 30 days, and for each skill
 * a number of practice attempts uniform between half and one and a half times the mean. Attempts come
 * in an interleaved order over the skills, 1 to 20 minutes apart; whether the student knows a skill and
 * answers right follows knowledge tracing with the skill's true parameters.</li>
 * <li>The test: questions with discrimination uniform in [0.5, 2.0] and difficulty in [-2, 2]; every
 * student answers each once, right with the 2PL probability at their ability.</li>
 * </ul>
 */
public final class CohortSimulator {

    static final Instant START = Instant.parse("2026-01-05T08:00:00Z");

    private CohortSimulator() {
    }

    public static SimulatedCohort simulate(CohortSettings settings) {
        SplittableRandom random = new SplittableRandom(settings.seed());
        Map<String, BktParameters> skills = new LinkedHashMap<>();
        Map<String, Integer> options = new LinkedHashMap<>();
        for (int k = 0; k < settings.skills(); k++) {
            skills.put("skill-" + k, new BktParameters(random.nextDouble(0.1, 0.6), random.nextDouble(0.05, 0.3),
                    random.nextDouble(0.1, 0.3), random.nextDouble(0.02, 0.1)));
        }
        for (int k = 0; k < settings.skills(); k++) {
            for (int q = 0; q < settings.itemsPerSkill(); q++) {
                options.put(item(k, q), 4 + random.nextInt(2));
            }
        }
        Map<String, ItemParameters> testItems = new LinkedHashMap<>();
        for (int i = 0; i < settings.testItems(); i++) {
            testItems.put("test-" + i, new ItemParameters(random.nextDouble(0.5, 2.0), random.nextDouble(-2, 2)));
        }
        List<Attempt> practice = new ArrayList<>();
        List<Response> test = new ArrayList<>();
        Map<String, Double> abilities = new LinkedHashMap<>();
        List<BktParameters> truths = List.copyOf(skills.values());
        for (int s = 0; s < settings.students(); s++) {
            String student = "student-" + s;
            double ability = normal(random);
            abilities.put(student, ability);
            testItems.forEach((item, parameters) ->
                    test.add(new Response(student, item, random.nextDouble() < parameters.probability(ability))));
            int[] left = new int[truths.size()];
            boolean[] knows = new boolean[truths.size()];
            int total = 0;
            for (int k = 0; k < truths.size(); k++) {
                int mean = settings.attemptsPerSkill();
                left[k] = Math.max(1, mean / 2 + random.nextInt(mean + 1));
                knows[k] = random.nextDouble() < truths.get(k).prior();
                total += left[k];
            }
            Instant at = START.plus(Duration.ofMinutes(random.nextInt(30 * 24 * 60)));
            for (; total > 0; total--) {
                int k = pick(left, total, random);
                left[k]--;
                BktParameters truth = truths.get(k);
                boolean correct = random.nextDouble() < (knows[k] ? 1 - truth.slip() : truth.guess());
                knows[k] = knows[k] || random.nextDouble() < truth.learn();
                String item = item(k, random.nextInt(settings.itemsPerSkill()));
                practice.add(new Attempt(student, "skill-" + k, item, options.get(item), correct, at));
                at = at.plus(Duration.ofSeconds(60 + random.nextInt(19 * 60)));
            }
        }
        return new SimulatedCohort(practice, test, skills, testItems, abilities);
    }

    /** A skill with attempts left, chosen in proportion to how many it has left. */
    private static int pick(int[] left, int total, SplittableRandom random) {
        int draw = random.nextInt(total);
        for (int k = 0; ; k++) {
            draw -= left[k];
            if (draw < 0) {
                return k;
            }
        }
    }

    private static String item(int skill, int question) {
        return "skill-" + skill + "-q" + question;
    }

    static double normal(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
