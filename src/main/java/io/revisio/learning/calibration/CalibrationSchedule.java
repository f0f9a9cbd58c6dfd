package io.revisio.learning.calibration;

import io.revisio.shared.ServingInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * In serving instances only: looks for a queued calibration every {@code revisio.irt.calibration.poll-interval}
 * (from the end of the last look; the first one interval after start), and, when
 * {@code revisio.irt.calibration.nightly} holds a cron expression, queues a run on it.
 */
@Component
class CalibrationSchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(CalibrationSchedule.class);

    private final Calibrations calibrations;
    private final CalibrationProperties properties;
    private final Environment environment;

    CalibrationSchedule(Calibrations calibrations, CalibrationProperties properties, Environment environment) {
        this.calibrations = calibrations;
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (!ServingInstance.is(environment)) {
            return;
        }
        registrar.addFixedDelayTask(new FixedDelayTask(this::poll, properties.pollInterval(), properties.pollInterval()));
        if (properties.nightly() != null && !properties.nightly().isBlank()) {
            registrar.addCronTask(new CronTask(this::queueNightly, properties.nightly()));
        }
    }

    void poll() {
        try {
            calibrations.runNext();
        } catch (RuntimeException e) {
            log.warn("Looking for a queued IRT calibration failed; looking again in {}", properties.pollInterval(), e);
        }
    }

    void queueNightly() {
        try {
            if (calibrations.requestScheduled().isEmpty()) {
                log.info("The nightly IRT calibration was not queued: another run is queued or running");
            }
        } catch (RuntimeException e) {
            log.warn("Queueing the nightly IRT calibration failed", e);
        }
    }
}
