package io.revisio.learning.revision;

import io.revisio.shared.ServingInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Runs the weight fit job every {@code revisio.revision.fit.interval}, from the end of the last run; the first
 * run waits one interval, so that a starting instance serves first.
 */
@Component
class RevisionFitSchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(RevisionFitSchedule.class);

    private final WeightFits fits;
    private final RevisionFitProperties properties;
    private final Environment environment;

    RevisionFitSchedule(WeightFits fits, RevisionFitProperties properties, Environment environment) {
        this.fits = fits;
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (ServingInstance.is(environment)) {
            registrar.addFixedDelayTask(new FixedDelayTask(this::run, properties.interval(), properties.interval()));
        }
    }

    void run() {
        try {
            int stored = fits.fitDue();
            if (stored > 0) {
                log.info("Stored {} revision weight fits", stored);
            }
        } catch (RuntimeException e) {
            log.warn("The revision weight fit job failed; trying again in {}", properties.interval(), e);
        }
    }
}
