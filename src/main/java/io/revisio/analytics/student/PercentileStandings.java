package io.revisio.analytics.student;

import java.util.List;
import java.util.UUID;

/**
 * The student's percentile in each syllabus year they have answered in, among the active students of that
 * year (see docs/analytics/student-analytics.md).
 *
 * @param rule the rule in words
 */
public record PercentileStandings(int minCohort, int minAnswers, int activeDays, String rule, List<Year> years) {

    public PercentileStandings {
        years = List.copyOf(years);
    }

    /** RANKED: rank and percentile given; COHORT_TOO_SMALL and NOT_ACTIVE: neither, nor the cohort's size. */
    public enum Status { RANKED, COHORT_TOO_SMALL, NOT_ACTIVE }

    /**
     * @param answers    the student's answers on the year's themes in the window
     * @param accuracy   their share right, the score ranked
     * @param cohort     active students of the year, the student included (only when ranked)
     * @param rank       1 for the best, shared by ties (only when ranked)
     * @param percentile share of the cohort with a strictly lower score, times 100 (only when ranked)
     */
    public record Year(UUID yearId, String code, String name, Status status, long answers, Double accuracy,
            Integer cohort, Integer rank, Double percentile) {
    }
}
