package io.revisio.platform.cli;

import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Starts the application without a web server, the way every command needs it. */
final class CommandContext {

    private CommandContext() {
    }

    static ConfigurableApplicationContext start(Class<?> application, String command, String[] args,
            String... properties) {
        return new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .properties(Commands.PROPERTY + "=" + command, "spring.main.banner-mode=off")
                .properties(properties)
                .run(args);
    }

    /**
     * Waits until the event listeners have handled what the command published (they run after its commits,
     * on other threads), so that the command's work is complete when it exits. Whatever is still outstanding
     * after the timeout is delivered again when the application next starts.
     *
     * @return whether nothing is left outstanding
     */
    static boolean awaitEventListeners(ConfigurableApplicationContext context, Duration timeout) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        Instant until = Instant.now().plus(timeout);
        while (jdbc.sql("SELECT count(*) FROM platform.event_publication WHERE completion_date IS NULL")
                .query(Long.class).single() > 0) {
            if (Instant.now().isAfter(until)) {
                return false;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
