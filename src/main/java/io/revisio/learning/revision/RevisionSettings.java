package io.revisio.learning.revision;

import io.revisio.learning.fsrs.SchedulerSettings;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * What a student chooses about revision.
 *
 * @param desiredRetention the chance of recall to aim at when a card comes due, 0.70 to 0.97: higher means
 *                         shorter intervals and more reviews
 * @param dailyLimit       how many due cards today's queue shows at most, 1 to 500
 */
record RevisionSettings(
        @NotNull @DecimalMin("0.70") @DecimalMax("0.97") Double desiredRetention,
        @NotNull @Min(1) @Max(500) Integer dailyLimit) {

    static final RevisionSettings DEFAULT = new RevisionSettings(SchedulerSettings.DEFAULT.desiredRetention(),
            RevisionQueue.DEFAULT_LIMIT);
}
