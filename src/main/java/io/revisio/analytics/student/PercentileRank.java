package io.revisio.analytics.student;

import java.util.Collection;

/**
 * Where a student stands in a cohort by accuracy (right answers over answers), compared exactly on whole
 * numbers so that equal accuracies are equal however they were reached (3 of 4 ties 15 of 20). Competition
 * ranking: the rank is 1 plus the students strictly above, so students who tie share a rank and the next
 * rank is skipped (1, 2, 2, 4). The percentile is the share of the cohort strictly below, times 100: tied
 * students share it too, the top student of a cohort of n gets 100 (n - 1) / n, and the lowest gets 0.
 * Below the minimum cohort size there is no rank and no percentile at all.
 */
final class PercentileRank {

    private PercentileRank() {
    }

    /** A student's right answers and answers; answers are at least 1. */
    record Score(long correct, long answers) {

        Score {
            if (answers < 1 || correct < 0 || correct > answers) {
                throw new IllegalArgumentException("a score needs 0 <= correct <= answers and answers >= 1");
            }
        }

        /** Compares accuracies exactly: a/b against c/d as a d against c b. */
        int compareTo(Score other) {
            return Long.compare(correct * other.answers, other.correct * answers);
        }

        double accuracy() {
            return correct / (double) answers;
        }
    }

    /**
     * @param cohort     the students ranked, the student included
     * @param rank       1 for the best; equal scores share it
     * @param below      students with a strictly lower score
     * @param tied       students with the same score, the student included
     * @param percentile 100 below / cohort
     */
    record Standing(int cohort, int rank, int below, int tied, double percentile) {
    }

    /**
     * The student's standing, or null when the cohort is smaller than {@code minCohort}.
     *
     * @param own    the student's score, which must be one of {@code cohort}
     * @param cohort every active student's score, the student's own included
     */
    static Standing of(Score own, Collection<Score> cohort, int minCohort) {
        if (cohort.size() < minCohort) {
            return null;
        }
        int above = 0;
        int below = 0;
        int tied = 0;
        for (Score other : cohort) {
            int compared = other.compareTo(own);
            if (compared > 0) {
                above++;
            } else if (compared < 0) {
                below++;
            } else {
                tied++;
            }
        }
        if (tied == 0) {
            throw new IllegalArgumentException("the student's own score must be in the cohort");
        }
        return new Standing(cohort.size(), above + 1, below, tied, 100.0 * below / cohort.size());
    }
}
