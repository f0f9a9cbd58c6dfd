package io.revisio.learning.progress;

import io.revisio.shared.ServingInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Runs the knowledge tracing fit job every {@code revisio.mastery.fit.interval}, from the end of the last run; the first
 * run waits one interval, so that a starting instance serves first.
 */
@Component
class MasteryFitSchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(MasteryFitSchedule.class);

    private final MasteryFits fits;
    private final MasteryFitProperties properties;
    private final Environment environment;

    MasteryFitSchedule(MasteryFits fits, MasteryFitProperties properties, Environment environment) {
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
                log.info("Stored the knowledge tracing parameters of {} skills", stored);
            }
        } catch (RuntimeException e) {
            log.warn("The knowledge tracing fit job failed; trying again in {}", properties.interval(), e);
        }
    }
}
