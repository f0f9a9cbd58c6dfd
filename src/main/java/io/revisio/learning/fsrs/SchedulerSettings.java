package io.revisio.learning.fsrs;

import java.time.Duration;
import java.util.List;

/**
 * How a student's cards are scheduled. The defaults are those of the reference schedulers: retention 0.9,
 * learning steps 1 and 10 minutes, one relearning step of 10 minutes, at most 36,500 days, fuzz on.
 *
 * @param desiredRetention the probability of recall to aim at when a card comes due, 0.70 to 0.97
 */
public record SchedulerSettings(double desiredRetention, List<Duration> learningSteps,
        List<Duration> relearningSteps, int maximumInterval, boolean fuzz) {

    public static final double MIN_RETENTION = 0.70;
    public static final double MAX_RETENTION = 0.97;

    public static final SchedulerSettings DEFAULT = new SchedulerSettings(0.9,
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), List.of(Duration.ofMinutes(10)),
            MemoryModel.DEFAULT_MAXIMUM_INTERVAL, true);

    public SchedulerSettings {
        if (!(desiredRetention >= MIN_RETENTION && desiredRetention <= MAX_RETENTION)) {
            throw new IllegalArgumentException("desired retention is " + MIN_RETENTION + " to " + MAX_RETENTION
                    + ", not " + desiredRetention);
        }
        if (maximumInterval < 1) {
            throw new IllegalArgumentException("the maximum interval is at least one day");
        }
        learningSteps = List.copyOf(learningSteps);
        relearningSteps = List.copyOf(relearningSteps);
    }

    public SchedulerSettings withRetention(double retention) {
        return new SchedulerSettings(retention, learningSteps, relearningSteps, maximumInterval, fuzz);
    }

    public SchedulerSettings withoutFuzz() {
        return new SchedulerSettings(desiredRetention, learningSteps, relearningSteps, maximumInterval, false);
    }
}
