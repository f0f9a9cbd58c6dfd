package io.revisio.platform.config;

import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads event listeners run on: the work that follows a finished practice session, a published question
 * and the like. No request waits for that work, but each listener holds a database connection while it runs,
 * so a burst of finished sessions on as many threads as there are listeners could take the connections
 * answers need. So listeners run on a small fixed pool ({@code spring.task.execution.pool.core-size}) on every
 * JDK, virtual threads or not, and the rest queue; their publications are durable, so a restart loses none.
 */
@Configuration(proxyBeanMethods = false)
class EventListenerThreads {

    @Bean(name = {"applicationTaskExecutor", "taskExecutor"})
    ThreadPoolTaskExecutor applicationTaskExecutor(ThreadPoolTaskExecutorBuilder builder) {
        return builder.build();
    }
}
