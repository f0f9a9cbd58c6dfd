package io.revisio.notify.outbox;

import io.revisio.notify.MailProperties;
import io.revisio.shared.ServingInstance;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/** Runs the dispatcher every {@code revisio.mail.outbox-interval}, counted from the end of the last run. */
@Component
class OutboxSchedule implements SchedulingConfigurer {


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
        if (!ServingInstance.is(environment)) {
            return;
        }
        registrar.addFixedDelayTask(dispatcher::dispatchDue, mail.outboxInterval());
    }
}
