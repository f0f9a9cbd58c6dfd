package io.revisio.practice.session;

import io.revisio.shared.ServingInstance;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * The server owns the clock: every few seconds it expires timed sessions whose deadline has passed,
 * whether or not a client is connected. Several instances share the work through SKIP LOCKED.
 */
@Component
class PracticeSessionExpiry implements SchedulingConfigurer {

    static final Duration INTERVAL = Duration.ofSeconds(5);
    private static final int BATCH = 100;
    private static final Logger log = LoggerFactory.getLogger(PracticeSessionExpiry.class);

    private final PracticeSessionEnding ending;
    private final Clock clock;
    private final Environment environment;

    PracticeSessionExpiry(PracticeSessionEnding ending, Clock clock, Environment environment) {
        this.ending = ending;
        this.clock = clock;
        this.environment = environment;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (ServingInstance.is(environment)) {
            registrar.addFixedDelayTask(this::expireDue, INTERVAL);
        }
    }

    /** Expires everything due now, batch after batch. */
    void expireDue() {
        try {
            int expired;
            do {
                expired = ending.expireDue(clock.instant(), BATCH);
                if (expired > 0) {
                    log.info("Expired {} practice sessions at their deadline", expired);
                }
            } while (expired == BATCH);
        } catch (RuntimeException e) {
            log.warn("Expiring practice sessions failed; trying again in {}", INTERVAL, e);
        }
    }
}
