package io.revisio.learning.evaluation;

/**
 * The size of a simulated cohort: students, skills, questions per skill, the mean number of practice
 * attempts per student and skill, the questions of the calibration test every student sits, and the seed.
 */
public record CohortSettings(int students, int skills, int itemsPerSkill, int attemptsPerSkill, int testItems, long seed) {

    public static final CohortSettings DEFAULT = new CohortSettings(1_000, 12, 20, 12, 30, 1);

    public CohortSettings {
        check("students", students, 10, 1_000_000);
        check("skills", skills, 3, 10_000);
        check("items per skill", itemsPerSkill, 1, 10_000);
        check("attempts per skill", attemptsPerSkill, 2, 10_000);
        check("test items", testItems, 3, 10_000);
    }

    private static void check(String name, int value, int lower, int upper) {
        if (value < lower || value > upper) {
            throw new IllegalArgumentException(name + " must be between " + lower + " and " + upper + ": " + value);
        }
    }
}
