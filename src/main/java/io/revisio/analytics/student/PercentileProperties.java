package io.revisio.analytics.student;

import io.revisio.shared.config.CheckedProperties;
import io.revisio.shared.config.ConfigurationProblems;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who counts in a student's percentile (see docs/analytics/student-analytics.md).
 *
 * @param minCohort  fewest active students of a syllabus year for a percentile to be shown at all
 * @param minAnswers answers on the year's themes in the last {@code activeDays} that make a student active
 * @param activeDays the days (today included, UTC) the activity and the score are counted over
 */
@ConfigurationProperties("revisio.analytics.percentile")
public record PercentileProperties(@DefaultValue("20") int minCohort, @DefaultValue("20") int minAnswers,
        @DefaultValue("30") int activeDays) implements CheckedProperties {

    @Override
    public void check(ConfigurationProblems problems, boolean production) {
        if (minCohort < 2 || minCohort > 1_000_000) {
            problems.add("revisio.analytics.percentile.min-cohort", "must be 2 to 1000000");
        }
        if (minAnswers < 1 || minAnswers > 1_000_000) {
            problems.add("revisio.analytics.percentile.min-answers", "must be 1 to 1000000");
        }
        if (activeDays < 1 || activeDays > 366) {
            problems.add("revisio.analytics.percentile.active-days", "must be 1 to 366");
        }
    }
}
