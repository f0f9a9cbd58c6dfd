package io.revisio.platform.cli;

import io.revisio.platform.config.ConfigurationCheck;
import io.revisio.platform.config.Profiles;
import io.revisio.shared.config.ConfigurationProblems;
import java.util.Arrays;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * {@code check-config}: reads the configuration exactly as a serving instance would (files, profiles,
 * environment variables, arguments), checks it, and exits non-zero on any problem. Starts nothing.
 */
final class CheckConfigCommand {

    int run(String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(NothingToStart.class)
                .web(WebApplicationType.NONE)
                .properties(Commands.PROPERTY + "=check-config", "spring.main.banner-mode=off",
                        "logging.level.root=warn")
                .run(args)) {
            Environment environment = context.getEnvironment();
            ConfigurationProblems problems = ConfigurationCheck.run(environment);
            String profiles = Arrays.toString(environment.getActiveProfiles());
            if (problems.isEmpty()) {
                System.out.println("Configuration is valid (profiles " + profiles
                        + (Profiles.isProduction(environment) ? ", production rules applied)." : ")."));
                return 0;
            }
            System.err.println(problems.describe());
            return 1;
        }
    }

    /** An empty application: the command needs the environment, not the beans. */
    @Configuration(proxyBeanMethods = false)
    static class NothingToStart {
    }
}
