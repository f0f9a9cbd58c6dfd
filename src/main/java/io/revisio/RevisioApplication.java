package io.revisio;

import io.revisio.learning.FsrsCommands;
import io.revisio.learning.LearningCommands;
import io.revisio.platform.cli.Commands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Revisio: serves the web application, or runs one of the operator commands
 * ({@code migrate}, {@code seed --demo}, {@code check-config}, {@code fsrs replay}, {@code learning evaluate}) and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RevisioApplication {

    public static void main(String[] args) {
        if (FsrsCommands.isCommand(args)) {
            System.exit(FsrsCommands.run(args));
        }
        if (LearningCommands.isCommand(args)) {
            System.exit(LearningCommands.run(RevisioApplication.class, args));
        }
        if (Commands.isCommand(args)) {
            System.exit(Commands.run(RevisioApplication.class, args));
        }
        SpringApplication.run(RevisioApplication.class, args);
    }
}
