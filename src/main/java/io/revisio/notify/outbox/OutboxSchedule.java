package io.revisio.notify.outbox;

import io.revisio.notify.MailProperties;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/** Runs the dispatcher every {@code revisio.mail.outbox-interval}, counted from the end of the last run. */
@Component
class OutboxSchedule implements SchedulingConfigurer {

    // Set by the operator commands (migrate, seed, check-config): they start the application too, but
    // only a serving instance should deliver mail.
    private static final String COMMAND_PROPERTY = "revisio.command";

    private final OutboxDispatcher dispatcher;
    private final MailProperties mail;
    private final Environment environment;

    OutboxSchedule(OutboxDispatcher dispatcher, MailProperties mail, Environment environment) {
        this.dispatcher = dispatcher;
        this.mail = mail;
        this.environment = environment;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (environment.containsProperty(COMMAND_PROPERTY)) {
            return;
        }
        registrar.addFixedDelayTask(dispatcher::dispatchDue, mail.outboxInterval());
    }
}
