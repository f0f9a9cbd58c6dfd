package io.revisio.learning.revision;

import io.revisio.shared.config.CheckedProperties;
import io.revisio.shared.config.ConfigurationProblems;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The per-student weight fit job.
 *
 * @param minReviews    revision reviews a student needs before their weights are fitted
 * @param minNewReviews reviews a student needs since their last fit (accepted or not) before the next one
 * @param heldOutShare  the share of a student's newest reviews kept out of the fit to judge it
 * @param interval      pause between two runs of the job, from the end of the last run
 */
@ConfigurationProperties("revisio.revision.fit")
public record RevisionFitProperties(@DefaultValue("400") int minReviews, @DefaultValue("100") int minNewReviews,
        @DefaultValue("0.2") double heldOutShare, @DefaultValue("1h") Duration interval) implements CheckedProperties {

    @Override
    public void check(ConfigurationProblems problems, boolean production) {
        if (minReviews < 20 || minReviews > 1_000_000) {
            problems.add("revisio.revision.fit.min-reviews", "must be 20 to 1000000");
        }
        if (minNewReviews < 1 || minNewReviews > 1_000_000) {
            problems.add("revisio.revision.fit.min-new-reviews", "must be 1 to 1000000");
        }
        if (!(heldOutShare >= 0.05 && heldOutShare <= 0.5)) {
            problems.add("revisio.revision.fit.held-out-share", "must be 0.05 to 0.5");
        }
        if (interval == null || interval.isNegative() || interval.isZero()) {
            problems.add("revisio.revision.fit.interval", "must be a positive duration");
        }
    }
}
