package io.revisio.learning.progress;

import io.revisio.shared.config.CheckedProperties;
import io.revisio.shared.config.ConfigurationProblems;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The knowledge tracing fit job.
 *
 * @param minNewAttempts attempts a skill needs since its last fit before it is fitted again
 * @param interval       pause between two runs of the job, from the end of the last run
 */
@ConfigurationProperties("revisio.mastery.fit")
public record MasteryFitProperties(@DefaultValue("100") int minNewAttempts, @DefaultValue("6h") Duration interval)
        implements CheckedProperties {

    @Override
    public void check(ConfigurationProblems problems, boolean production) {
        if (minNewAttempts < 1 || minNewAttempts > 1_000_000) {
            problems.add("revisio.mastery.fit.min-new-attempts", "must be 1 to 1000000");
        }
        if (interval == null || interval.isNegative() || interval.isZero()) {
            problems.add("revisio.mastery.fit.interval", "must be a positive duration");
        }
    }
}
