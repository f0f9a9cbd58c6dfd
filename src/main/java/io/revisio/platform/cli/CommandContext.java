package io.revisio.platform.cli;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

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
}
