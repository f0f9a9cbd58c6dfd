package io.revisio.content.transfer;

import io.revisio.shared.ServingInstance;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/** Looks for committed imports every {@code revisio.imports.worker-interval}, from the end of the last run. */
@Component
class ImportSchedule implements SchedulingConfigurer {


    private final ImportWorker worker;
    private final ImportProperties properties;
    private final Environment environment;

    ImportSchedule(ImportWorker worker, ImportProperties properties, Environment environment) {
        this.worker = worker;
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (ServingInstance.is(environment)) {
            registrar.addFixedDelayTask(worker::runPending, properties.workerInterval());
        }
    }
}
