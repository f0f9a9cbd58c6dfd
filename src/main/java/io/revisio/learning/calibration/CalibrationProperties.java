package io.revisio.learning.calibration;

import io.revisio.shared.config.CheckedProperties;
import io.revisio.shared.config.ConfigurationProblems;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;

/**
 * The IRT calibration job.
 *
 * @param minItemAnswers    first answers a question needs to be calibrated (a run may ask for another number)
 * @param minStudentAnswers first answers to calibrated questions a student needs to count
 * @param maxResponses      most first answers one run reads: beyond it, whole students are sampled
 * @param pollInterval      pause between two looks for a queued run, from the end of the last one
 * @param staleAfter        a run still running this long after it started is taken to have died and is queued again
 * @param nightly           a cron expression that queues a run with the defaults; none (the default) for no schedule
 */
@ConfigurationProperties("revisio.irt.calibration")
public record CalibrationProperties(@DefaultValue("30") int minItemAnswers, @DefaultValue("5") int minStudentAnswers,
        @DefaultValue("500000") int maxResponses, @DefaultValue("10s") Duration pollInterval,
        @DefaultValue("1h") Duration staleAfter, String nightly) implements CheckedProperties {

    static final int MAX_ANSWERS = 1_000_000;
    static final int MAX_RESPONSES = 5_000_000;

    @Override
    public void check(ConfigurationProblems problems, boolean production) {
        if (minItemAnswers < 1 || minItemAnswers > MAX_ANSWERS) {
            problems.add("revisio.irt.calibration.min-item-answers", "must be 1 to " + MAX_ANSWERS);
        }
        if (minStudentAnswers < 1 || minStudentAnswers > MAX_ANSWERS) {
            problems.add("revisio.irt.calibration.min-student-answers", "must be 1 to " + MAX_ANSWERS);
        }
        if (maxResponses < 1 || maxResponses > MAX_RESPONSES) {
            problems.add("revisio.irt.calibration.max-responses", "must be 1 to " + MAX_RESPONSES);
        }
        if (pollInterval == null || pollInterval.isNegative() || pollInterval.isZero()) {
            problems.add("revisio.irt.calibration.poll-interval", "must be a positive duration");
        }
        if (staleAfter == null || staleAfter.compareTo(Duration.ofMinutes(1)) < 0) {
            problems.add("revisio.irt.calibration.stale-after", "must be at least 1m");
        }
        if (nightly != null && !nightly.isBlank() && !CronExpression.isValidExpression(nightly)) {
            problems.add("revisio.irt.calibration.nightly", "must be a cron expression such as 0 30 2 * * *");
        }
    }

    /** The settings a run uses when the request names none. */
    CalibrationSettings defaults() {
        return new CalibrationSettings(minItemAnswers, minStudentAnswers, maxResponses);
    }
}
